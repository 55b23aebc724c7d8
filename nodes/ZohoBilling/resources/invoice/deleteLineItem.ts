import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check, required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Line Item',
	value: 'deleteLineItem',
	action: 'Delete a line item from a pending invoice',
	description: 'Delete a line item from a pending invoice',
	routing: {
		request: {
			method: 'DELETE',
			url: '/invoices/{invoiceId}/lineitems/{lineItemId}',
		},
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice'), check('lineItemId', 'Line Item ID', [isZohoId], true)] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	invoiceId(['deleteLineItem']),
	{
		displayName: 'Line Item ID',
		name: 'lineItemId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '7000000079434',
		description: 'ID of the line to delete: line_item_id of one of the invoice\'s invoice_items (Get shows them)',
		displayOptions: showFor('invoice', ['deleteLineItem']),
	},
];

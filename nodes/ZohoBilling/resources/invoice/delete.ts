import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an invoice',
	description: 'Delete an invoice',
	routing: {
		request: { method: 'DELETE', url: '/invoices/{invoiceId}' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('invoice', ['delete'], 'Zoho refuses to delete an invoice that has payments or credit notes applied: void it instead.'), invoiceId(['delete'])];

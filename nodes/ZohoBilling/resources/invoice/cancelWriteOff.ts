import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Cancel Write Off',
	value: 'cancelWriteOff',
	action: 'Cancel the write off of an invoice',
	description: 'Cancel the write off of an invoice, so its balance is due again',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/cancelwriteoff' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [invoiceId(['cancelWriteOff'])];

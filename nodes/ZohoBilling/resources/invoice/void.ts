import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Void',
	value: 'void',
	action: 'Void an invoice',
	description:
		'Mark an invoice as void: it is no longer due, and the payments and credits applied to it go back to the customer as credits. Outputs { success, message }.',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/void' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [invoiceId(['void'])];

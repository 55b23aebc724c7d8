import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Void',
	value: 'void',
	action: 'Void an invoice',
	description: 'Mark an invoice as void, so it is no longer due',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/void' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('invoice', ['void'], 'The payments and credits applied to the invoice go back to the customer as credits.'), invoiceId(['void'])];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Convert to Open',
	value: 'convertToOpen',
	action: 'Convert an invoice to open',
	description: 'Change a draft or void invoice to open, so it is due and can be paid',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/converttoopen' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [invoiceId(['convertToOpen'])];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { paymentId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a payment',
	description:
		'Delete a recorded payment by its ID; the invoices it paid become unpaid again. Outputs success and Zoho\'s message.',
	routing: {
		request: { method: 'DELETE', url: '/payments/{paymentId}' },
		send: { paginate: true, preSend: [required('paymentId', 'Payment ID')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [paymentId(['delete'])];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { paymentId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a payment',
	description: 'Delete a recorded payment',
	routing: {
		request: { method: 'DELETE', url: '/payments/{paymentId}' },
		send: { paginate: true, preSend: [required('paymentId', 'Payment ID')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	notice('payment', ['delete'], 'The invoices the payment paid become unpaid again.'),
	paymentId(['delete']),
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { paymentId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a payment',
	description: 'Retrieve a payment with the invoices it was applied to',
	routing: {
		request: { method: 'GET', url: '/payments/{paymentId}' },
		send: { paginate: true, preSend: [required('paymentId', 'Payment ID')] },
		output: { postReceive: [zohoRecord('payment')] },
	},
};

export const properties: INodeProperties[] = [paymentId(['get'])];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { paymentId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a payment',
	description:
		'Retrieve one payment by its ID: mode, amount, amount refunded, date, status, customer, the invoices it was applied to and, for gateway payments, the autotransaction details',
	routing: {
		request: { method: 'GET', url: '/payments/{paymentId}' },
		send: { paginate: true, preSend: [required('paymentId', 'Payment ID')] },
		output: { postReceive: [zohoRecord('payment')] },
	},
};

export const properties: INodeProperties[] = [paymentId(['get'])];

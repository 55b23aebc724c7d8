import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an invoice',
	description: 'Retrieve an invoice with its lines, totals, balance and payments',
	routing: {
		request: { method: 'GET', url: '/invoices/{invoiceId}' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice')] },
		output: { postReceive: [zohoRecord('invoice')] },
	},
};

export const properties: INodeProperties[] = [invoiceId(['get'])];

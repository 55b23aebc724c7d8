import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a quote',
	description: 'Retrieve a quote with its customer, dates, lines and totals',
	routing: {
		request: { method: 'GET', url: '/estimates/{quoteId}' },
		send: { paginate: true, preSend: [required('quoteId', 'Quote')] },
		output: { postReceive: [zohoRecord('estimate')] },
	},
};

export const properties: INodeProperties[] = [quoteId(['get'])];

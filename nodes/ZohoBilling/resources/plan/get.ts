import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { planCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a plan',
	description: 'Retrieve one plan by its plan code: price, interval, trial, setup fee, status, product and add-ons',
	routing: {
		request: { method: 'GET', url: '/plans/{planCode}' },
		send: { paginate: true, preSend: [required('planCode', 'Plan')] },
		output: { postReceive: [zohoRecord('plan')] },
	},
};

export const properties: INodeProperties[] = [planCode(['get'])];

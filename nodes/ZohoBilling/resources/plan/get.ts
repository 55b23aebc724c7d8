import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { planCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a plan',
	description: 'Retrieve a plan by its plan code',
	routing: {
		request: { method: 'GET', url: '/plans/{planCode}' },
		send: { paginate: true, preSend: [required('planCode', 'Plan')] },
		output: { postReceive: [zohoRecord('plan')] },
	},
};

export const properties: INodeProperties[] = [planCode(['get'], 'The plan to retrieve (its price, interval, trial, setup fee, status, product and add-ons): pick it from the list or enter its plan code')];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { ENDPOINTS } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import { planId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a pricing plan',
	description:
		'Retrieve one pricing plan by its ID: name, price, currency, pricing type, renewal period, trial, stocks and the product it belongs to',
	routing: {
		request: { method: ENDPOINTS.planGet.method, url: ENDPOINTS.planGet.path },
		send: { paginate: true, preSend: [required('planId', 'Pricing Plan')] },
		output: { postReceive: [hyperazeRecord()] },
	},
};

export const properties: INodeProperties[] = [planId(['get'], { type: 'query', property: 'id' })];

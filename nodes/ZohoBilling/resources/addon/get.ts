import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { addonCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an add-on',
	description: 'Retrieve an add-on by its add-on code',
	routing: {
		request: { method: 'GET', url: '/addons/{addonCode}' },
		send: { paginate: true, preSend: [required('addonCode', 'Add-On')] },
		output: { postReceive: [zohoRecord('addon')] },
	},
};

export const properties: INodeProperties[] = [addonCode(['get'], 'The add-on to retrieve (its pricing scheme and price brackets, type, status, product and plans): pick it from the list or enter its add-on code')];

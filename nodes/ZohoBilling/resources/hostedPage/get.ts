import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoHostedPageRecord } from '../../shared/output';
import { hostedPageId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a hosted page',
	description: 'Retrieve a hosted page with its status',
	routing: {
		request: { method: 'GET', url: '/hostedpages/{hostedPageId}' },
		send: { paginate: true, preSend: [required('hostedPageId', 'Hosted Page')] },
		output: { postReceive: [zohoHostedPageRecord()] },
	},
};

export const properties: INodeProperties[] = [
	notice('hostedPage', ['get'], 'Status is fresh, read, success, failed or cancelled; after a successful checkout, data holds the subscription and invoice the page created.'),
	hostedPageId(['get']),
];

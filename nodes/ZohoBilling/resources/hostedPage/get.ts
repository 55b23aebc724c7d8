import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoHostedPageRecord } from '../../shared/output';
import { hostedPageId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a hosted page',
	description:
		'Retrieve one hosted page by ID: its status (fresh, read, success, failed, cancelled), URL, action and expiry; after a successful checkout, data holds the subscription (and invoice) it created',
	routing: {
		request: { method: 'GET', url: '/hostedpages/{hostedPageId}' },
		send: { paginate: true, preSend: [required('hostedPageId', 'Hosted Page')] },
		output: { postReceive: [zohoHostedPageRecord()] },
	},
};

export const properties: INodeProperties[] = [hostedPageId(['get'])];

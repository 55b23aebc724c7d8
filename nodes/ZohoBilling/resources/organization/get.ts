import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an organization',
	description: 'Retrieve an organization the connected user belongs to',
	routing: {
		request: { method: 'GET', url: '/organizations/{organizationId}' },
		send: { paginate: true, preSend: [required('organizationId', 'Organization')] },
		output: { postReceive: [zohoRecord('organization')] },
	},
};

export const properties: INodeProperties[] = [
	recordLocator({
		name: 'organizationId',
		displayName: 'Organization',
		resource: 'organization',
		operations: ['get'],
		searchListMethod: 'searchOrganizations',
		idPlaceholder: '10234695',
		description: 'The organization: pick it from the list of the connected user\'s organizations or enter its ID',
	}),
];

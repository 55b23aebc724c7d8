import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoItems } from '../../shared/output';
import { withoutBody } from '../../../shared/operations';

export const option: INodePropertyOptions = {
	name: 'List Templates',
	value: 'listTemplates',
	action: 'List quote templates',
	description: 'List the PDF templates quotes can use',
	routing: {
		request: { method: 'GET', url: '/estimates/templates' },
		send: { paginate: true, preSend: [withoutBody] },
		output: { postReceive: [zohoItems('templates')] },
	},
};

export const properties: INodeProperties[] = [];

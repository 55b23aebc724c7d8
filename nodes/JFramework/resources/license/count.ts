import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { jfwValue } from '../../shared/lists';

export const option: INodePropertyOptions = {
	name: 'Count',
	value: 'count',
	action: 'Count licenses created',
	description: 'Count the licenses created by the user behind the credential; outputs { countSuccess }',
	routing: {
		request: { method: 'GET', url: '/v1/licenses/count' },
		send: { paginate: true },
		output: { postReceive: [jfwValue('countSuccess')] },
	},
};

export const properties: INodeProperties[] = [];

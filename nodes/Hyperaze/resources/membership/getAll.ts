import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listProperties } from '../../shared/descriptions';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeList, hyperazeListPage } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many memberships',
	description: describeEndpoint(
		ENDPOINTS.membershipList,
		'List memberships (one per buyer and plan, each with a license key and a status). Return All reads every page; otherwise Limit sets how many memberships to output.',
	),
	routing: {
		request: { method: ENDPOINTS.membershipList.method, url: ENDPOINTS.membershipList.path },
		send: { paginate: true },
		operations: { pagination: hyperazeList },
		output: { postReceive: [hyperazeListPage()] },
	},
};

export const properties: INodeProperties[] = [...inferredNotice(ENDPOINTS.membershipList, 'membership', 'getAll'), ...listProperties('membership')];

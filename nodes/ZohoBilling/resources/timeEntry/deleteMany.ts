import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { isIdList } from '../../shared/validation';

export const option: INodePropertyOptions = {
	name: 'Delete Many',
	value: 'deleteMany',
	action: 'Delete many time entries',
	description: 'Delete several time entries at once, by their IDs',
	routing: {
		request: { method: 'DELETE', url: '/projects/timeentries' },
		send: { paginate: true, preSend: [check('time_entry_ids', 'Time Entry IDs', [isIdList()], true)] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	{
		displayName:
			'Zoho\'s API documentation does not say how the time entries to delete are named. The node sends their IDs as time_entry_ids (a guess): check in Zoho that exactly these entries were deleted.',
		name: 'guessNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor('timeEntry', ['deleteMany']),
	},
	{
		displayName: 'Time Entry IDs',
		name: 'time_entry_ids',
		type: 'string',
		required: true,
		default: '',
		placeholder: '460000000044021,460000000044023',
		description: 'IDs of the time entries to delete, separated by commas (sent as time_entry_ids, a parameter name Zoho\'s API documentation does not give)',
		displayOptions: showFor('timeEntry', ['deleteMany']),
		routing: {
			send: {
				type: 'query',
				property: 'time_entry_ids',
				value: '={{ String($value).split(",").map(id => id.trim()).filter(id => id).join(",") }}',
			},
		},
	},
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Stop Timer',
	value: 'stopTimer',
	action: 'Stop the running timer',
	description:
		'Stop the timer that is running for the connected user (there is at most one); the time tracked is added to its time entry. Needs no input. Outputs the time entry.',
	routing: {
		request: { method: 'POST', url: '/projects/timeentries/timer/stop' },
		send: { paginate: true },
		output: { postReceive: [zohoRecord('time_entry')] },
	},
};

export const properties: INodeProperties[] = [];

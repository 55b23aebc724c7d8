import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Stop Timer',
	value: 'stopTimer',
	action: 'Stop the running timer',
	description: 'Stop your running timer and add the time to its entry',
	routing: {
		request: { method: 'POST', url: '/projects/timeentries/timer/stop' },
		send: { paginate: true },
		output: { postReceive: [zohoRecord('time_entry')] },
	},
};

export const properties: INodeProperties[] = [];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRunningTimer } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get Timer',
	value: 'getTimer',
	action: 'Get the running timer',
	description:
		'Get the time entry whose timer is running for the connected user, with when the timer started; outputs { running: false } when no timer runs. Needs no input.',
	routing: {
		request: { method: 'GET', url: '/projects/timeentries/runningtimer/me' },
		send: { paginate: true },
		output: { postReceive: [zohoRunningTimer()] },
	},
};

export const properties: INodeProperties[] = [];

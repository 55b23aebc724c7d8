import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { zohoRunningTimer } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get Timer',
	value: 'getTimer',
	action: 'Get the running timer',
	description: 'Retrieve the timer running for the connected user',
	routing: {
		request: { method: 'GET', url: '/projects/timeentries/runningtimer/me' },
		send: { paginate: true },
		output: { postReceive: [zohoRunningTimer()] },
	},
};

export const properties: INodeProperties[] = [notice('timeEntry', ['getTimer'], 'Outputs the time entry whose timer runs, with when the timer started, or { running: false } when no timer runs.')];

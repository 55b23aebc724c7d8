import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { timeEntryId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a time entry',
	description: 'Retrieve a time entry by its ID',
	routing: {
		request: { method: 'GET', url: '/projects/timeentries/{timeEntryId}' },
		send: { paginate: true, preSend: [required('timeEntryId', 'Time Entry')] },
		output: { postReceive: [zohoRecord('time_entry')] },
	},
};

export const properties: INodeProperties[] = [timeEntryId(['get'])];

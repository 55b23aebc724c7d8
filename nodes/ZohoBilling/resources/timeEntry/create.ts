import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { timeEntryCoreChecks, timeEntryCoreFields, timeEntryFieldChecks, timeEntryFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Log a time entry',
	description:
		'Log time spent on a task of a project. Needs the project, the task, the user and the date (yyyy-mm-dd), plus the time: Log Time (HH:mm), or Begin Time and End Time (HH:mm), or Start Timer. Optional billable flag and notes. Outputs the time entry.',
	routing: {
		request: { method: 'POST', url: '/projects/timeentries' },
		send: { paginate: true, preSend: [...timeEntryCoreChecks(), ...timeEntryFieldChecks('additionalFields', true)] },
		output: { postReceive: [zohoRecord('time_entry')] },
	},
};

export const properties: INodeProperties[] = [
	...timeEntryCoreFields(['create'], false),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('timeEntry', ['create']),
		options: timeEntryFields('additionalFields'),
	},
];

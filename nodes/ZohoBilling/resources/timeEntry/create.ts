import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { timeEntryCoreChecks, timeEntryCoreFields, timeEntryFieldChecks, timeEntryFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Log a time entry',
	description: 'Log time spent on a task of a project',
	routing: {
		request: { method: 'POST', url: '/projects/timeentries' },
		send: { paginate: true, preSend: [...timeEntryCoreChecks(), ...timeEntryFieldChecks('additionalFields', true)] },
		output: { postReceive: [zohoRecord('time_entry')] },
	},
};

export const properties: INodeProperties[] = [
	notice('timeEntry', ['create'], 'Give the time spent under Additional Fields: Log Time, or Begin Time and End Time, or switch on Start Timer.'),
	...timeEntryCoreFields(['create'], false),
	collection('timeEntry', ['create'], 'additionalFields', 'Additional Fields', timeEntryFields('additionalFields')),
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { timeEntryCoreChecks, timeEntryCoreFields, timeEntryFieldChecks, timeEntryFields, timeEntryId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a time entry',
	description: 'Update a time entry\'s project, task, date, time or notes',
	routing: {
		request: { method: 'PUT', url: '/projects/timeentries/{timeEntryId}' },
		send: {
			paginate: true,
			preSend: [required('timeEntryId', 'Time Entry'), ...timeEntryCoreChecks(), ...timeEntryFieldChecks('updateFields', false)],
		},
		output: { postReceive: [zohoRecord('time_entry')] },
	},
};

export const properties: INodeProperties[] = [
	notice('timeEntry', ['update'], 'Zoho needs the project, task, user and date on every update: repeat the current ones to keep them. Zoho refuses while the entry\'s timer runs.'),
	timeEntryId(['update']),
	...timeEntryCoreFields(['update'], true),
	collection('timeEntry', ['update'], 'updateFields', 'Update Fields', timeEntryFields('updateFields')),
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { timeEntryId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Start Timer',
	value: 'startTimer',
	action: 'Start the timer of a time entry',
	description: 'Start the timer of a time entry',
	routing: {
		request: { method: 'POST', url: '/projects/timeentries/{timeEntryId}/timer/start' },
		send: { paginate: true, preSend: [required('timeEntryId', 'Time Entry')] },
		output: { postReceive: [zohoRecord('time_entry')] },
	},
};

export const properties: INodeProperties[] = [notice('timeEntry', ['startTimer'], 'The time runs until Stop Timer adds it to the entry; Zoho refuses if this entry\'s timer already runs.'), timeEntryId(['startTimer'])];

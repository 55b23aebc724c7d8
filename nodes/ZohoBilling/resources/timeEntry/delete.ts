import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { timeEntryId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a time entry',
	description: 'Delete a time entry',
	routing: {
		request: { method: 'DELETE', url: '/projects/timeentries/{timeEntryId}' },
		send: { paginate: true, preSend: [required('timeEntryId', 'Time Entry')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [timeEntryId(['delete'])];

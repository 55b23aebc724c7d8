import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, showFor, text } from '../../../shared/fields';
import { check, maxLength } from '../../../shared/validation';
import { projectLocator, projectUserLocator, recordLocator, taskLocator } from '../../shared/descriptions';
import { byDisplayName, extraJsonOption, sentAsText, zohoDateField } from '../../shared/fields';
import { timeSpentChecks, zohoDateCheck } from '../../shared/validation';

const RESOURCE = 'timeEntry';

export const timeEntryId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'timeEntryId',
		displayName: 'Time Entry',
		resource: RESOURCE,
		operations,
		searchListMethod: 'searchTimeEntries',
		idPlaceholder: '460000000044021',
		description: 'The time entry to work on: pick it from the list or enter its ID',
	});

/** Project, task, user and date: what Zoho needs on Log and on every Update. */
export function timeEntryCoreFields(operations: string[], update: boolean): INodeProperties[] {
	const repeat = update ? ' Zoho requires it on every update: repeat the current value to keep it.' : '';
	return [
		projectLocator(RESOURCE, operations, `The project the time was spent on: pick it from the list or enter its ID.${repeat}`, {
			type: 'body',
			property: 'project_id',
		}),
		taskLocator(RESOURCE, operations, `The task of the project the time was spent on: pick it from the list (choose the project first) or enter its ID.${repeat}`, {
			type: 'body',
			property: 'task_id',
		}),
		projectUserLocator(RESOURCE, operations, `Who spent the time: a user of the project, picked from the list (choose the project first) or entered by ID.${repeat}`, {
			type: 'body',
			property: 'user_id',
		}),
		{
			...zohoDateField('log_date', 'Log Date', `Day the time was spent.${repeat}`),
			required: true,
			displayOptions: showFor(RESOURCE, operations),
		},
	];
}

export const timeEntryCoreChecks = (): PreSendAction[] => [
	check('projectId', 'Project', [], true),
	check('taskId', 'Task', [], true),
	check('userId', 'User', [], true),
	check('log_date', 'Log Date', [], true),
	zohoDateCheck('log_date', 'Log Date'),
];

export function timeEntryFields(collection: string): INodeProperties[] {
	return byDisplayName([
		text('begin_time', 'Begin Time', 'Time of day the work started, HH:mm (give End Time too, instead of Log Time)', 'body', { placeholder: '10:00' }),
		boolean('is_billable', 'Billable', 'Whether the time can be billed to the project\'s customer'),
		text('end_time', 'End Time', 'Time of day the work ended, HH:mm (with Begin Time)', 'body', { placeholder: '15:00' }),
		extraJsonOption(collection),
		text('log_time', 'Log Time', 'Time spent, HH:mm (e.g. 01:30), instead of Begin Time and End Time', 'body', { placeholder: '01:30' }),
		text('notes', 'Notes', 'Description of the work done (at most 500 characters)', 'body', { typeOptions: { rows: 2 } }),
		sentAsText(boolean('start_timer', 'Start Timer', 'Whether to start the timer on this entry now (instead of giving the time spent)')),
	]);
}

export const timeEntryFieldChecks = (collection: string, requireTime: boolean): PreSendAction[] => [
	check(`${collection}.notes`, 'Notes', [maxLength(500)]),
	...timeSpentChecks(collection, requireTime),
];

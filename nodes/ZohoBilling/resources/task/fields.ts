import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { number, showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber } from '../../../shared/validation';
import { projectLocator, taskLocator } from '../../shared/descriptions';
import { byDisplayName, extraJsonOption } from '../../shared/fields';
import { isHours } from '../../shared/validation';

/** The project the task belongs to (tasks live under a project). */
export const taskProject = (operations: string[]) =>
	projectLocator('task', operations, 'The project the task belongs to: pick it from the list or enter its ID');

export const taskId = (operations: string[]) =>
	taskLocator('task', operations, 'The task to work on: pick it from the list (choose the project first) or enter its ID');

export const taskName = (operations: string[], update: boolean): INodeProperties => ({
	displayName: 'Task Name',
	name: 'task_name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Painting',
	description: `Name of the task (at most 100 characters).${update ? ' Zoho requires it on every update: repeat the current one to keep it.' : ''}`,
	displayOptions: showFor('task', operations),
	routing: { send: { type: 'body', property: 'task_name' } },
});

export function taskFields(collection: string): INodeProperties[] {
	return byDisplayName([
		number('budget_hours', 'Budget Hours', 'Hours planned for the task (projects with Budget Type Hours per Task)'),
		text('description', 'Description', 'What the task is (at most 500 characters)', 'body', { typeOptions: { rows: 2 } }),
		extraJsonOption(collection),
		number('rate', 'Rate', 'Hourly rate of the task (projects with Billing Method Based on Task Hours)', 'body', { typeOptions: { numberPrecision: 2 } }),
	]);
}

export const taskChecks = (collection: string): PreSendAction[] => [
	check('projectId', 'Project', [], true),
	check('task_name', 'Task Name', [maxLength(100)], true),
	check(`${collection}.description`, 'Description', [maxLength(500)]),
	check(`${collection}.rate`, 'Rate', [nonNegativeNumber]),
	check(`${collection}.budget_hours`, 'Budget Hours', [isHours]),
];

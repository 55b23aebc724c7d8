import type { INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { choice, number, showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber, positiveNumber } from '../../../shared/validation';
import { customerLocator, projectLocator, recordLocator } from '../../shared/descriptions';
import { AS_TEXT, byDisplayName, extraJsonOption, sentAsText } from '../../shared/fields';
import { checkRows, isHours, isZohoId } from '../../shared/validation';

const RESOURCE = 'project';

export const projectId = (operations: string[]) => projectLocator(RESOURCE, operations);

export const projectCommentId = (operations: string[]) =>
	recordLocator({
		name: 'commentId',
		displayName: 'Comment',
		resource: RESOURCE,
		operations,
		searchListMethod: 'searchProjectComments',
		idPlaceholder: '460000000044027',
		description: 'The comment of the project: pick it from the list or enter its ID',
	});

export const BILLING_TYPES: INodePropertyOptions[] = [
	{ name: 'Fixed Cost for Project', value: 'fixed_cost_for_project', description: 'One price for the whole project (set Rate)' },
	{ name: 'Based on Project Hours', value: 'based_on_project_hours', description: 'One hourly rate for all work on the project (set Rate)' },
	{ name: 'Based on Staff Hours', value: 'based_on_staff_hours', description: 'Each user\'s own hourly rate (set on the project\'s users)' },
	{ name: 'Based on Task Hours', value: 'based_on_task_hours', description: 'Each task\'s own hourly rate (set on the tasks)' },
].sort((a, b) => a.name.localeCompare(b.name));

export const USER_ROLES: INodePropertyOptions[] = [
	{ name: 'Admin', value: 'admin' },
	{ name: 'Staff', value: 'staff' },
	{ name: 'Timesheet Staff', value: 'timesheetstaff' },
];

/** Name, customer, billing method and (for fixed cost or project hours) rate: needed on Create and Update. */
export function projectCoreFields(operations: string[], update: boolean): INodeProperties[] {
	const repeat = update ? ' Zoho requires it on every update: repeat the current value to keep it.' : '';
	return [
		{
			displayName: 'Project Name',
			name: 'project_name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Network Distribution',
			description: `Name of the project (at most 100 characters).${repeat}`,
			displayOptions: showFor(RESOURCE, operations),
			routing: { send: { type: 'body', property: 'project_name' } },
		},
		customerLocator(RESOURCE, operations, {
			description: `The customer the project is done and billed for: pick it from the list or enter its ID.${repeat}`,
			send: { type: 'body', property: 'customer_id' },
		}),
		{
			displayName: 'Billing Method',
			name: 'billing_type',
			type: 'options',
			required: true,
			default: 'based_on_task_hours',
			description: `How the customer is billed (Zoho's billing_type).${repeat}`,
			options: BILLING_TYPES,
			displayOptions: showFor(RESOURCE, operations),
			routing: { send: { type: 'body', property: 'billing_type' } },
		},
		{
			displayName: 'Rate',
			name: 'rate',
			type: 'number',
			required: true,
			default: 0,
			typeOptions: { numberPrecision: 2 },
			description: 'The project\'s price (Fixed Cost for Project) or hourly rate (Based on Project Hours), greater than 0',
			displayOptions: {
				show: { resource: [RESOURCE], operation: operations, billing_type: ['fixed_cost_for_project', 'based_on_project_hours'] },
			},
			// checked here, so only when the billing method shows the field
			// sent as text: Zoho's contract types rate as a string
			routing: { send: { type: 'body', property: 'rate', value: AS_TEXT, preSend: [check('rate', 'Rate', [positiveNumber], true)] } },
		},
	];
}

export const projectCoreChecks = (): PreSendAction[] => [
	check('project_name', 'Project Name', [maxLength(100)], true),
	check('customerId', 'Customer', [], true),
	check('billing_type', 'Billing Method', [], true),
];

/** Budget and description (both operations), tasks and users (Create). */
export function projectFields(collection: string, create: boolean): INodeProperties[] {
	const tasks: INodeProperties = {
		displayName: 'Tasks',
		name: 'tasks',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Task',
		default: {},
		description: 'Tasks to create with the project (time is logged against tasks)',
		options: [
			{
				displayName: 'Task',
				name: 'task',
				values: [
					{ displayName: 'Budget Hours', name: 'budget_hours', type: 'number', default: 0, description: 'Hours planned for the task (Budget Type Hours per Task)' },
					{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'What the task is (at most 500 characters)' },
					{ displayName: 'Rate', name: 'rate', type: 'number', default: 0, typeOptions: { numberPrecision: 2 }, description: 'Hourly rate of the task (Billing Method Based on Task Hours)' },
					{ displayName: 'Task Name', name: 'task_name', type: 'string', default: '', description: 'Name of the task (at most 100 characters)' },
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'tasks',
				value:
					'={{ ($value.task || []).map(t => Object.fromEntries(Object.entries(t).filter(([k, v]) => v !== "" && v !== null && v !== undefined && !((k === "rate" || k === "budget_hours") && v === 0)).map(([k, v]) => [k, k === "rate" || k === "budget_hours" ? String(v) : v]))) }}',
			},
		},
	};
	const users: INodeProperties = {
		displayName: 'Users',
		name: 'users',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add User',
		default: {},
		description: 'Users of the organization to add to the project (you are added as its admin)',
		options: [
			{
				displayName: 'User',
				name: 'user',
				values: [
					{ displayName: 'Budget Hours', name: 'budget_hours', type: 'number', default: 0, description: 'Hours planned for the user (Budget Type Hours per Staff)' },
					{ displayName: 'Rate', name: 'rate', type: 'number', default: 0, typeOptions: { numberPrecision: 2 }, description: 'Hourly rate of the user (Billing Method Based on Staff Hours)' },
					{ displayName: 'Role', name: 'user_role', type: 'options', default: 'staff', options: USER_ROLES, description: 'Role of the user in the project' },
					{ displayName: 'User ID', name: 'user_id', type: 'string', default: '', description: 'ID of the user in the organization' },
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'users',
				value:
					'={{ ($value.user || []).map(u => Object.fromEntries(Object.entries(u).filter(([k, v]) => v !== "" && v !== null && v !== undefined && !((k === "rate" || k === "budget_hours") && v === 0)).map(([k, v]) => [k, k === "rate" || k === "budget_hours" ? String(v) : v]))) }}',
			},
		},
	};
	return byDisplayName([
		sentAsText(number('budget_amount', 'Budget Amount', 'Estimated total cost of the project (Budget Type Total Project Cost)', 'body', { typeOptions: { numberPrecision: 2 } })),
		sentAsText(number('budget_hours', 'Budget Hours', 'Estimated total hours of the project (Budget Type Total Project Hours)')),
		choice('budget_type', 'Budget Type', 'How the project is budgeted', [
			{ name: 'Hours per Staff', value: 'hours_per_staff' },
			{ name: 'Hours per Task', value: 'hours_per_task' },
			{ name: 'Total Project Cost', value: 'total_project_cost' },
			{ name: 'Total Project Hours', value: 'total_project_hours' },
		]),
		text('description', 'Description', 'What the project is about (at most 500 characters)', 'body', { typeOptions: { rows: 2 } }),
		extraJsonOption(collection),
		...(create ? [tasks, users] : []),
	]);
}

export function projectFieldChecks(collection: string): PreSendAction[] {
	const at = (name: string) => `${collection}.${name}`;
	return [
		check(at('description'), 'Description', [maxLength(500)]),
		check(at('budget_amount'), 'Budget Amount', [positiveNumber]),
		check(at('budget_hours'), 'Budget Hours', [isHours]),
		checkRows(at('tasks'), 'task', 'Tasks', [
			{ field: 'task_name', label: 'Task Name', required: true, checks: [maxLength(100)] },
			{ field: 'description', label: 'Description', checks: [maxLength(500)] },
			{ field: 'rate', label: 'Rate', checks: [nonNegativeNumber] },
			{ field: 'budget_hours', label: 'Budget Hours', checks: [isHours] },
		]),
		checkRows(at('users'), 'user', 'Users', [
			{ field: 'user_id', label: 'User ID', required: true, checks: [isZohoId] },
			{ field: 'rate', label: 'Rate', checks: [nonNegativeNumber] },
			{ field: 'budget_hours', label: 'Budget Hours', checks: [isHours] },
		]),
	];
}

/**
 * Rate and budget hours of a user in the project (Assign User, Invite User, Update User), in the
 * types Zoho's contract gives them: budget hours as text; the rate as text when inviting, as a
 * number otherwise.
 */
export function projectUserFields(rateAsText = false): INodeProperties[] {
	const rate = number('rate', 'Rate', 'Hourly rate of the user in this project (Billing Method Based on Staff Hours)', 'body', { typeOptions: { numberPrecision: 2 } });
	return [
		sentAsText(number('budget_hours', 'Budget Hours', 'Hours planned for the user in this project (Budget Type Hours per Staff)')),
		rateAsText ? sentAsText(rate) : rate,
	];
}

export const projectUserChecks = (collection: string): PreSendAction[] => [
	check(`${collection}.rate`, 'Rate', [nonNegativeNumber]),
	check(`${collection}.budget_hours`, 'Budget Hours', [isHours]),
];

export const roleField = () => choice('user_role', 'Role', 'Role of the user in the project', USER_ROLES, 'body', { default: 'staff' });

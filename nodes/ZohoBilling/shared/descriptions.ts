import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/fields';
import { check } from '../../shared/validation';

/**
 * Record pickers of the Zoho Billing node: the resource locator every picker is built on, and the
 * pickers more than one resource uses (customer, subscription, plan, project, task, project user).
 */

type Send = { type: 'body' | 'query'; property: string };

/**
 * A record picker: pick from a searchable list, or enter the ID. The ID is checked when the node
 * runs (the Zoho client knows which IDs are digits: every `…Id` but a few), not by an editor rule:
 * n8n refuses to start a run whose picker fails its rule, with the message repeated per item and the
 * input data gone, where the node's own check names the field once. There is no "By URL" mode: operations
 * put `$parameter.<name>` into their URL expression, and n8n hands the raw pasted address there
 * (only `getNodeParameter(…, { extractValue: true })` extracts an ID from a URL).
 */
export function recordLocator(options: {
	name: string;
	displayName: string;
	resource: string;
	operations: string[];
	searchListMethod: string;
	idPlaceholder: string;
	description: string;
	send?: Send;
	required?: boolean;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		displayOptions: showFor(options.resource, options.operations),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
			},
		],
		...(options.send ? { routing: { send: options.send } } : {}),
	};
}

/** A picker inside a collection (a filter or an update field): the same locator without displayOptions, sent as `send` when given. */
export function locatorOption(property: INodeProperties, send?: Send): INodeProperties {
	const { displayOptions: _shown, required: _required, routing: _routing, ...rest } = property;
	return send ? { ...rest, routing: { send } } : rest;
}

/** A required ID typed by hand, for records Zoho offers no list of (so no picker can exist). */
export function plainIdField(options: {
	name: string;
	displayName: string;
	resource: string;
	operations: string[];
	placeholder: string;
	description: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'string',
		required: true,
		default: '',
		placeholder: options.placeholder,
		description: options.description,
		displayOptions: showFor(options.resource, options.operations),
	};
}

/* ------------------------------------------------------------------------------------------------
 * Pickers shared by several resources
 * ---------------------------------------------------------------------------------------------- */

/** The customer picker (`customerId`), for every resource that works on or for a customer. */
export const customerLocator = (
	resource: string,
	operations: string[],
	options: { description?: string; required?: boolean; send?: Send } = {},
): INodeProperties =>
	recordLocator({
		name: 'customerId',
		displayName: 'Customer',
		resource,
		operations,
		searchListMethod: 'searchCustomers',
		idPlaceholder: '903000000000099',
		description: options.description ?? 'The customer to work on: pick it from the list or enter its ID',
		required: options.required,
		send: options.send,
	});

/** The subscription picker (`subscriptionId`; operations put it in their path or send it as `send`). */
export const subscriptionLocator = (resource: string, operations: string[], send?: Send): INodeProperties =>
	recordLocator({
		name: 'subscriptionId',
		displayName: 'Subscription',
		resource,
		operations,
		searchListMethod: 'searchSubscriptions',
		idPlaceholder: '903000000079200',
		description: 'The subscription: pick it from the list or enter its subscription_id',
		send,
	});

/** The plan picker of subscriptions and hosted pages (plans are addressed by plan code), sent as `plan.plan_code`. */
export const planCodeLocator = (resource: string, operations: string[], description: string): INodeProperties => ({
	...recordLocator({
		name: 'planCode',
		displayName: 'Plan',
		resource,
		operations,
		searchListMethod: 'searchPlans',
		idPlaceholder: 'basic-monthly',
		description,
	}),
	routing: { send: { type: 'body', property: 'plan.plan_code', preSend: [check('planCode', 'Plan', [], true)] } },
});

/** The project picker (`projectId`) of projects, tasks and time entries. */
export const projectLocator = (
	resource: string,
	operations: string[],
	description = 'The project to work on: pick it from the list or enter its ID',
	send?: Send,
): INodeProperties =>
	recordLocator({
		name: 'projectId',
		displayName: 'Project',
		resource,
		operations,
		searchListMethod: 'searchProjects',
		idPlaceholder: '460000000044019',
		description,
		send,
	});

/** A task of the project chosen in `projectId` (tasks and time entries). */
export const taskLocator = (resource: string, operations: string[], description: string, send?: Send): INodeProperties =>
	recordLocator({
		name: 'taskId',
		displayName: 'Task',
		resource,
		operations,
		searchListMethod: 'searchTasks',
		idPlaceholder: '460000000044009',
		description,
		send,
	});

/** A user of the project chosen in `projectId` (projects and time entries). */
export const projectUserLocator = (resource: string, operations: string[], description: string, send?: Send): INodeProperties =>
	recordLocator({
		name: 'userId',
		displayName: 'User',
		resource,
		operations,
		searchListMethod: 'searchProjectUsers',
		idPlaceholder: '460000000024003',
		description,
		send,
	});

/** The product picker (`productId`): the product to work on, or the one a plan, add-on or coupon belongs to. */
export const productLocator = (
	resource: string,
	operations: string[],
	description = 'The product to work on: pick it from the list or enter its ID',
	send?: Send,
): INodeProperties =>
	recordLocator({
		name: 'productId',
		displayName: 'Product',
		resource,
		operations,
		searchListMethod: 'searchProducts',
		idPlaceholder: '903000000045027',
		description,
		send,
	});

/** The coupon picker (`couponCode`; coupons are addressed by code). */
export const couponLocator = (
	resource: string,
	operations: string[],
	description = 'The coupon to work on: pick it from the list or enter its coupon code',
): INodeProperties =>
	recordLocator({
		name: 'couponCode',
		displayName: 'Coupon',
		resource,
		operations,
		searchListMethod: 'searchCoupons',
		idPlaceholder: 'THANKSGIVING20',
		description,
	});

/** The invoice picker (`invoiceId`): by number or customer, or the invoice's ID. */
export const invoiceLocator = (
	resource: string,
	operations: string[],
	description = 'The invoice to work on: pick it from the list (by number or customer) or enter its ID',
	send?: Send,
): INodeProperties =>
	recordLocator({
		name: 'invoiceId',
		displayName: 'Invoice',
		resource,
		operations,
		searchListMethod: 'searchInvoices',
		idPlaceholder: '903000000079426',
		description,
		send,
	});

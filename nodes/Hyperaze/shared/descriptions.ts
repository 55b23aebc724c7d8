import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

type Send = { type: 'body' | 'query'; property: string };

/**
 * A record picker (searchable list or ID) that sends the ID where the operation needs it. Without
 * `resource`/`operations` it is meant for a collection (an optional filter or update field).
 */
export function recordLocator(options: {
	name: string;
	displayName: string;
	resource?: string;
	operations?: string[];
	searchListMethod: string;
	description: string;
	placeholder: string;
	send: Send;
}): INodeProperties {
	const topLevel = options.resource !== undefined && options.operations !== undefined;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: topLevel,
		description: options.description,
		...(topLevel ? { displayOptions: showFor(options.resource as string, options.operations as string[]) } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: options.placeholder },
		],
		routing: { send: options.send },
	};
}

interface LocatorPlace {
	resource?: string;
	operations?: string[];
	send: Send;
	name?: string;
	description?: string;
}

export const membershipLocator = (place: LocatorPlace): INodeProperties =>
	recordLocator({
		name: place.name ?? 'membershipId',
		displayName: 'Membership',
		searchListMethod: 'searchMemberships',
		description: place.description ?? 'The membership to work on: pick it from the list or enter its ID',
		placeholder: 'mem_01HZX3…',
		...place,
	});

export const productLocator = (place: LocatorPlace): INodeProperties =>
	recordLocator({
		name: place.name ?? 'productId',
		displayName: 'Product',
		searchListMethod: 'searchProducts',
		description: place.description ?? 'The product: pick it from the list or enter its ID',
		placeholder: 'prod_01HZX3…',
		...place,
	});

export const planLocator = (place: LocatorPlace): INodeProperties =>
	recordLocator({
		name: place.name ?? 'planId',
		displayName: 'Pricing Plan',
		searchListMethod: 'searchPlans',
		description: place.description ?? 'The pricing plan: pick it from the list or enter its ID',
		placeholder: 'plan_01HZX3…',
		...place,
	});

export const paymentLocator = (place: LocatorPlace): INodeProperties =>
	recordLocator({
		name: place.name ?? 'paymentId',
		displayName: 'Payment',
		searchListMethod: 'searchPayments',
		description: place.description ?? 'The payment: pick it from the list or enter its ID',
		placeholder: 'pay_01HZX3…',
		...place,
	});

/** Return All and Limit of a list operation (Limit stops the paging early, see hyperazeList). */
export function listProperties(resource: string, operation = 'getAll'): INodeProperties[] {
	return returnAllAndLimit(resource, operation);
}

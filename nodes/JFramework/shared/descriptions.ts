import type { INodeProperties } from 'n8n-workflow';

export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

/** A record picker (searchable list or ID). Where the ID goes is up to the operation's routing. */
export function recordLocator(options: {
	name: string;
	displayName: string;
	resource: string;
	operations: string[];
	searchListMethod: string;
	description: string;
	send?: { type: 'body' | 'query'; property: string };
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		displayOptions: showFor(options.resource, options.operations),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'sApKpllz4sAplsmzha' },
		],
		...(options.send ? { routing: { send: options.send } } : {}),
	};
}

/** Pickers for records that many operations refer to. */
export const packageLocator = (resource: string, operations: string[], send?: { type: 'body' | 'query'; property: string }) =>
	recordLocator({
		name: 'packageId',
		displayName: 'Package',
		resource,
		operations,
		searchListMethod: 'searchPackages',
		description: 'The package: pick it from the list or enter its ID',
		send,
	});

export const subscriptionTypeLocator = (resource: string, operations: string[], send?: { type: 'body' | 'query'; property: string }) =>
	recordLocator({
		name: 'subscriptionTypeId',
		displayName: 'Subscription Type',
		resource,
		operations,
		searchListMethod: 'searchSubscriptionTypes',
		description: 'The subscription type (billing period): pick it from the list or enter its ID',
		send,
	});

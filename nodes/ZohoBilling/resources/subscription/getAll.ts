import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import { recordLocator, showFor } from '../../shared/descriptions';
import { optionalQuery } from '../../shared/subscriptions';
import { contains, sameAs, zohoKeptList } from '../../shared/keptList';
import { RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many subscriptions',
	description:
		"List subscriptions, optionally only those of one status (live, trial, future, non-renewing, cancelled, expired …) or mode (online/offline), of one customer, or whose reference contains a text. Zoho's API does not list the customer and reference filters for subscriptions, so the node also checks each subscription for them itself; Limit counts the subscriptions kept.",
	routing: {
		request: { method: 'GET', url: '/subscriptions' },
		send: { paginate: true, preSend: [optionalQuery('filters.customerId', 'customer_id')] },
		operations: {
			pagination: zohoKeptList('subscriptions', [
				{ parameter: 'filters.customerId', query: 'customer_id', label: 'Customer', keep: sameAs('customer_id') },
				{ parameter: 'filters.reference_contains', query: 'reference_contains', label: 'Reference Contains', keep: contains('reference_id') },
			]),
		},
	},
};

const { displayOptions: _shownEverywhere, ...customerFilter } = recordLocator({
	name: 'customerId',
	displayName: 'Customer',
	resource: RESOURCE,
	operations: ['getAll'],
	searchListMethod: 'searchCustomers',
	idPlaceholder: '903000000000099',
	description: 'Only the subscriptions of this customer (sent to Zoho, and checked on each subscription by the node)',
	required: false,
});

export const properties: INodeProperties[] = [
	...returnAllAndLimit(RESOURCE, 'getAll'),
	{
	displayName: 'Filters',
	name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(RESOURCE, ['getAll']),
		options: [
			customerFilter,
			{
				displayName: 'Reference Contains',
				name: 'reference_contains',
				type: 'string',
				default: '',
				placeholder: 'bowman',
				description: 'Only subscriptions whose reference ID contains this text, ignoring case (sent to Zoho, and checked on each subscription by the node)',
				routing: { send: { type: 'query', property: 'reference_contains' } },
			},
			{
				displayName: 'Status or Mode',
				name: 'filter_by',
				type: 'options',
				default: 'SubscriptionStatus.All',
				description: 'Which subscriptions to list, by status or by online/offline mode',
				options: [
					{ name: 'Active', value: 'SubscriptionStatus.ACTIVE' },
					{ name: 'All', value: 'SubscriptionStatus.All' },
					{ name: 'Cancelled', value: 'SubscriptionStatus.CANCELLED' },
					{ name: 'Cancelled From Dunning', value: 'SubscriptionStatus.CANCELLED_FROM_DUNNING' },
					{ name: 'Cancelled Last Month', value: 'SubscriptionStatus.CANCELLED_LAST_MONTH' },
					{ name: 'Cancelled This Month', value: 'SubscriptionStatus.CANCELLED_THIS_MONTH' },
					{ name: 'Expired', value: 'SubscriptionStatus.EXPIRED' },
					{ name: 'Future', value: 'SubscriptionStatus.FUTURE' },
					{ name: 'Live', value: 'SubscriptionStatus.LIVE' },
					{ name: 'Non-Renewing', value: 'SubscriptionStatus.NON_RENEWING' },
					{ name: 'Offline Mode', value: 'SubscriptionMode.OFFLINE', description: 'Subscriptions paid by other means (auto collect off)' },
					{ name: 'Online Mode', value: 'SubscriptionMode.ONLINE', description: 'Subscriptions charged automatically (auto collect on)' },
					{ name: 'Past Due', value: 'SubscriptionStatus.PAST_DUE' },
					{ name: 'Trial', value: 'SubscriptionStatus.TRIAL' },
					{ name: 'Trial Expired', value: 'SubscriptionStatus.TRIAL_EXPIRED' },
					{ name: 'Unpaid', value: 'SubscriptionStatus.UNPAID' },
				],
				routing: { send: { type: 'query', property: 'filter_by' } },
			},
		],
	},
];

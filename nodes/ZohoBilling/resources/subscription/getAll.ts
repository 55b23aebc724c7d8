import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit, text } from '../../../shared/fields';
import { customerLocator, locatorOption } from '../../shared/descriptions';
import { optionalQuery } from '../../shared/fields';
import { contains, sameAs, zohoKeptList } from '../../shared/output';
import { RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many subscriptions',
	description: 'Retrieve many subscriptions, optionally of one status or customer',
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

const customerFilter = locatorOption(
	customerLocator(RESOURCE, ['getAll'], {
		description: 'Only the subscriptions of this customer (sent to Zoho, and checked on each subscription by the node)',
		required: false,
	}),
);

export const properties: INodeProperties[] = [
	...returnAllAndLimit(RESOURCE, 'getAll'),
	collection(RESOURCE, ['getAll'], 'filters', 'Filters', [
			customerFilter,
			text('reference_contains', 'Reference Contains', 'Only subscriptions whose reference ID contains this text, ignoring case (sent to Zoho, and checked on each subscription by the node)', 'query', { placeholder: 'bowman' }),
			choice('filter_by', 'Status or Mode', 'Which subscriptions to list, by status or by online/offline mode', [
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
			], 'query', { default: 'SubscriptionStatus.All' }),
		], 'Add Filter'),
];

import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/client';

import * as listSearch from './listSearch/search';
import { checkoutDescription } from './resources/checkout';
import { membershipDescription } from './resources/membership';
import { paymentDescription } from './resources/payment';
import { planDescription } from './resources/plan';
import { productDescription } from './resources/product';
import { CREDENTIAL_TYPE, hyperaze, requestDefaults } from './shared/transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Checkout Link', value: 'checkout' },
			{ name: 'Membership', value: 'membership' },
			{ name: 'Payment', value: 'payment' },
			{ name: 'Pricing Plan', value: 'plan' },
			{ name: 'Product', value: 'product' },
		],
		default: 'checkout',
	},
	...checkoutDescription,
	...membershipDescription,
	...paymentDescription,
	...planDescription,
	...productDescription,
	requestOptionsProperty,
];

export class Hyperaze implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hyperaze',
		name: 'hyperaze',
		icon: { light: 'file:hyperaze.svg', dark: 'file:hyperaze.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Sell memberships and license keys with Hyperaze: validate license keys, memberships, products, pricing plans, checkout links, payments',
		defaults: { name: 'Hyperaze' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults,
		// every operation goes through the Hyperaze client (see shared/transport.ts)
		requestOperations: { pagination: hyperaze.operations(properties) },
		properties,
	};

	// the record pickers' searches (searchCheckouts, searchMemberships, …)
	methods = { listSearch: { ...listSearch } };
}

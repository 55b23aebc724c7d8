import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/client';

import * as listSearch from './listSearch/search';
import { couponDescription } from './resources/coupon';
import { featureDescription } from './resources/feature';
import { invoiceDescription } from './resources/invoice';
import { licenseDescription } from './resources/license';
import { packageDescription } from './resources/package';
import { paymentDescription } from './resources/payment';
import { priceDescription } from './resources/price';
import { subscriptionTypeDescription } from './resources/subscriptionType';
import { walletDescription } from './resources/wallet';
import { CREDENTIAL_TYPE, jfw, requestDefaults } from './shared/transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Coupon', value: 'coupon' },
			{ name: 'Feature', value: 'feature' },
			{ name: 'Invoice', value: 'invoice' },
			{ name: 'License', value: 'license' },
			{ name: 'Package', value: 'package' },
			{ name: 'Payment', value: 'payment' },
			{ name: 'Price', value: 'price' },
			{ name: 'Subscription Type', value: 'subscriptionType' },
			{ name: 'Wallet', value: 'wallet' },
		],
		default: 'license',
	},
	...couponDescription,
	...featureDescription,
	...invoiceDescription,
	...licenseDescription,
	...packageDescription,
	...paymentDescription,
	...priceDescription,
	...subscriptionTypeDescription,
	...walletDescription,
	requestOptionsProperty,
];

export class JFramework implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'JFramework',
		name: 'jFramework',
		icon: { light: 'file:jframework.svg', dark: 'file:jframework.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Sell and manage licenses, packages, prices, coupons, wallets, payments and invoices with JFramework',
		defaults: { name: 'JFramework' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults,
		// every operation goes through the JFramework client (see shared/transport.ts)
		requestOperations: { pagination: jfw.operations(properties) },
		properties,
	};

	// the record pickers' searches (searchCoupons, searchPackages, …)
	methods = { listSearch: { ...listSearch } };
}

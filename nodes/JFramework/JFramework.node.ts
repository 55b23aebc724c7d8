import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchPackages, searchPrices, searchSubscriptionTypes } from './listSearch/search';
import { licenseDescription } from './resources/license';
import { packageDescription } from './resources/package';
import { priceDescription } from './resources/price';
import { CREDENTIAL_TYPE, jfwSend, requestDefaults } from './shared/transport';

export class JFramework implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'JFramework',
		name: 'jFramework',
		icon: { light: 'file:jframework.svg', dark: 'file:jframework.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Sell and manage licenses, packages and prices with JFramework',
		defaults: { name: 'JFramework' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults,
		requestOperations: { pagination: jfwSend },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'License', value: 'license' },
					{ name: 'Package', value: 'package' },
					{ name: 'Price', value: 'price' },
				],
				default: 'license',
			},
			...licenseDescription,
			...packageDescription,
			...priceDescription,
		],
	};

	methods = {
		listSearch: { searchPackages, searchPrices, searchSubscriptionTypes },
	};
}

import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchCheckouts } from './listSearch/searchCheckouts';
import { searchPlans } from './listSearch/searchPlans';
import { checkoutDescription } from './resources/checkout';
import { CREDENTIAL_TYPE, hyperazeSend, requestDefaults } from './shared/transport';

export class Hyperaze implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hyperaze',
		name: 'hyperaze',
		icon: { light: 'file:hyperaze.svg', dark: 'file:hyperaze.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Sell memberships and license keys with Hyperaze: checkout links, plans, payments',
		defaults: { name: 'Hyperaze' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults,
		requestOperations: { pagination: hyperazeSend },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Checkout Link', value: 'checkout' }],
				default: 'checkout',
			},
			...checkoutDescription,
		],
	};

	methods = {
		listSearch: { searchCheckouts, searchPlans },
	};
}

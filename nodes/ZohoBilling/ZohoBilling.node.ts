import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { retryOptionsProperty } from '../shared/request';
import { listSearch } from './listSearch';
import { resources } from './resources';
import { CREDENTIAL_TYPE, requestDefaults, zohoSend } from './shared/transport';

const byName = [...resources].sort((a, b) => a.option.name.localeCompare(b.option.name));

export class ZohoBilling implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Billing',
		name: 'zohoBilling',
		icon: { light: 'file:zohoBilling.svg', dark: 'file:zohoBilling.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage products, plans, customers, subscriptions and invoices in Zoho Billing',
		defaults: { name: 'Zoho Billing' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults,
		// every operation goes through one place for sending, error mapping and pagination
		requestOperations: { pagination: zohoSend },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: byName.map((r) => r.option),
				default: 'product',
			},
			...byName.flatMap((r) => r.properties),
			retryOptionsProperty,
		],
	};

	methods = { listSearch };
}

import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/client';
import { listSearch } from './listSearch';
import { resources } from './resources';
import { CREDENTIAL_TYPE, requestDefaults, zoho } from './shared/transport';

const byName = [...resources].sort((a, b) => a.option.name.localeCompare(b.option.name));

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: byName.map((r) => r.option),
		default: 'product',
	},
	...byName.flatMap((r) => r.properties),
	requestOptionsProperty,
];

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
		// every operation goes through the Zoho Billing client (see shared/transport.ts)
		requestOperations: { pagination: zoho.operations(properties) },
		properties,
	};

	methods = { listSearch };
}

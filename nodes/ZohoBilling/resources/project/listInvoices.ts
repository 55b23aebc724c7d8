import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { sortFields, withoutSortOrder } from '../../shared/fields';
import { zohoList } from '../../shared/transport';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'List Invoices',
	value: 'listInvoices',
	action: 'List the invoices of a project',
	description: 'List the invoices raised for a project',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}/invoices' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		operations: { pagination: zohoList('invoices') },
	},
};

export const properties: INodeProperties[] = [
	projectId(['listInvoices']),
	...returnAllAndLimit('project', 'listInvoices'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('project', ['listInvoices']),
		options: sortFields([
			{ name: 'Balance', value: 'balance' },
			{ name: 'Created Time', value: 'created_time' },
			{ name: 'Date', value: 'date' },
			{ name: 'Invoice Number', value: 'invoice_number' },
			{ name: 'Total', value: 'total' },
		]).filter(withoutSortOrder),
	},
];

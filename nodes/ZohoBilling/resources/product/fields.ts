import type { INodeProperties } from 'n8n-workflow';

import { check, isUrl, maxLength } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';

/** The product picker used by every operation that addresses one product. */
export const productId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'productId',
		displayName: 'Product',
		resource: 'product',
		operations,
		searchListMethod: 'searchProducts',
		idPlaceholder: '903000000045027',
		description: 'The product to work on: pick it from the list or enter its ID',
	});

/** Writable product fields besides the name, as Zoho names them. */
export const productFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Short description of the product',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Notification Emails',
		name: 'email_ids',
		type: 'string',
		default: '',
		placeholder: 'billing@example.com, owner@example.com',
		description: 'Comma-separated email addresses that receive notifications about this product',
		routing: { send: { type: 'body', property: 'email_ids' } },
	},
	{
		displayName: 'Redirect URL',
		name: 'redirect_url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/welcome',
		description: 'Where customers are sent after subscribing to the product (a full URL)',
		routing: { send: { type: 'body', property: 'redirect_url' } },
	},
];

/** Checks shared by Create and Update, for fields inside the given collection. */
export const productChecks = (collection: string) => [
	check(`${collection}.redirect_url`, 'Redirect URL', [isUrl]),
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
];

export const nameField = (operations: string[], description: string): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'PiperHost',
	description,
	displayOptions: { show: { resource: ['product'], operation: operations } },
	routing: { send: { type: 'body', property: 'name', preSend: [check('name', 'Name', [maxLength(100)], true)] } },
});

import type { INodeProperties } from 'n8n-workflow';

import { check, maxLength, nonNegativeNumber } from '../../../shared/validation';
import { byDisplayName, taxOptions } from '../../shared/catalog';
import { recordLocator, showFor } from '../../shared/descriptions';
import { customFieldsOption, extraJsonOption } from '../../shared/fields';

/** The item picker used by every operation that addresses one item. */
export const itemId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'itemId',
		displayName: 'Item',
		resource: 'item',
		operations,
		searchListMethod: 'searchItems',
		idPlaceholder: '903000000045027',
		description: 'The item to work on: pick it from the list or enter its ID',
	});

export const nameField = (operations: string[], description: string): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Hard Drive',
	description,
	displayOptions: showFor('item', operations),
	routing: { send: { type: 'body', property: 'name', preSend: [check('name', 'Name', [maxLength(100)], true)] } },
});

const rate = (required: boolean): INodeProperties => ({
	displayName: 'Rate',
	name: 'rate',
	type: 'number',
	...(required ? { required: true } : {}),
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description: 'Price of one unit of the item, in the organization\'s currency (0 or more)',
	routing: { send: { type: 'body', property: 'rate' } },
});

export const rateField: INodeProperties = { ...rate(true), displayOptions: showFor('item', ['create']) };

const commonOptions: INodeProperties[] = [
	customFieldsOption('custom_fields', 'id'),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Description of the item (at most 2000 characters)',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		default: '',
		placeholder: 's12345',
		description: 'Stock keeping unit: a code unique across the organization\'s items',
		routing: { send: { type: 'body', property: 'sku' } },
	},
	// Zoho's contract for items has no tax_exemption_code
	...taxOptions(true).filter((field) => field.name !== 'tax_exemption_code'),
];

export const createOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, extraJsonOption(collection)]);

export const updateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, rate(false), extraJsonOption(collection)]);

export const itemChecks = (collection: string, rateAtTop: boolean) => [
	check(rateAtTop ? 'rate' : `${collection}.rate`, 'Rate', [nonNegativeNumber], rateAtTop),
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
];

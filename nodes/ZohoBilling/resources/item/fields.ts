import type { INodeProperties } from 'n8n-workflow';

import { showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { byDisplayName, customFieldsOption, extraJsonOption, requiredName, taxOptions } from '../../shared/fields';

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

export const itemName = (operations: string[], description: string): INodeProperties =>
	requiredName('item', operations, description, 'Hard Drive');

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
	text('description', 'Description', 'Description of the item (at most 2000 characters)', 'body', { typeOptions: { rows: 2 } }),
	text('sku', 'SKU', 'Stock keeping unit: a code unique across the organization\'s items', 'body', { placeholder: 's12345' }),
	// Zoho's contract for items has no tax_exemption_code
	...taxOptions(true).filter((field) => field.name !== 'tax_exemption_code'),
];

export const itemCreateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, extraJsonOption(collection)]);

export const itemUpdateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, rate(false), extraJsonOption(collection)]);

export const itemChecks = (collection: string, rateAtTop: boolean) => [
	check(rateAtTop ? 'rate' : `${collection}.rate`, 'Rate', [nonNegativeNumber], rateAtTop),
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
];

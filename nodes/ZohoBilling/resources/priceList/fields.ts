import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { check, isCurrencyCode, maxLength } from '../../../shared/validation';
import { byDisplayName, checkEntries, isNonNegative } from '../../shared/catalog';
import { recordLocator, showFor } from '../../shared/descriptions';
import { extraJsonOption } from '../../shared/fields';

/**
 * Price lists are Zoho's "pricebooks". They are not in Zoho's OpenAPI documents; what the node
 * sends follows the reference's §2.4 (Zoho's price list page and the legacy Postman collection):
 *  - GET  /pricebooks                     documented (Postman collection)
 *  - POST /pricebooks                     inferred from the documentation page's address
 *  - GET / PUT / DELETE /pricebooks/{pricebook_id}  inferred (the usual Zoho pattern)
 * The paths live in the operation files of this folder; fields beyond the ones below can be
 * sent with Extra Fields (JSON).
 */

/** The price list picker used by every operation that addresses one price list. */
export const priceListId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'priceListId',
		displayName: 'Price List',
		resource: 'priceList',
		operations,
		searchListMethod: 'searchPriceLists',
		idPlaceholder: '903000000067001',
		description: 'The price list to work on: pick it from the list or enter its ID (pricebook_id)',
	});

export const nameField = (operations: string[], description: string): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Startup Pricebook',
	description,
	displayOptions: showFor('priceList', operations),
	routing: { send: { type: 'body', property: 'name', preSend: [check('name', 'Name', [maxLength(100)], true)] } },
});

const options: INodeProperties[] = [
	{
		displayName: 'Currency Code',
		name: 'currency_code',
		type: 'string',
		default: '',
		placeholder: 'USD',
		description: 'ISO 4217 code of the currency the price list\'s rates are in',
		routing: { send: { type: 'body', property: 'currency_code' } },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Short description of the price list',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Items',
		name: 'pricebookItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Item',
		default: {},
		description: 'The plans and add-ons the price list gives a custom rate, each by item ID or by plan/add-on code; sent as pricebook_items [{ item_id, product_code, pricebook_rate }]',
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: [
					{ displayName: 'Item ID', name: 'item_id', type: 'string', default: '', placeholder: '903000000045040', description: 'Zoho\'s ID of the plan or add-on (leave empty when giving a code)' },
					{ displayName: 'Plan or Add-On Code', name: 'product_code', type: 'string', default: '', placeholder: 'monthly-basic', description: 'Code of the plan or add-on (leave empty when giving an item ID)' },
					{ displayName: 'Rate', name: 'pricebook_rate', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'The custom rate in this price list (0 or more)' },
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'pricebook_items',
				value:
					'={{ ($value.item || []).map(i => Object.assign({}, i.item_id ? { item_id: String(i.item_id) } : {}, i.product_code ? { product_code: String(i.product_code) } : {}, { pricebook_rate: i.pricebook_rate })) }}',
			},
		},
	},
	{
		displayName: 'Price List Type',
		name: 'pricebook_type',
		type: 'string',
		default: '',
		placeholder: 'per_item',
		description:
			'Zoho\'s pricing rule of the price list (pricebook_type), e.g. per_item for custom rates per plan or add-on (Items); Zoho\'s price list documentation lists no fixed set of values',
		routing: { send: { type: 'body', property: 'pricebook_type' } },
	},
];

export const priceListOptions = (collection: string): INodeProperties[] => byDisplayName([...options, extraJsonOption(collection)]);

export const priceListChecks = (collection: string) => [
	check(`${collection}.currency_code`, 'Currency Code', [isCurrencyCode]),
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
	checkEntries(`${collection}.pricebookItems`, 'item', 'Items', (entry: IDataObject) => {
		if (!String(entry.item_id ?? '').trim() && !String(entry.product_code ?? '').trim()) return 'give an Item ID or a Plan or Add-On Code';
		if (!isNonNegative(entry.pricebook_rate)) return `Rate must be a number of 0 or more (got ${String(entry.pricebook_rate)})`;
		return undefined;
	}),
];

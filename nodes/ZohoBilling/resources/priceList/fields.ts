import type { INodeProperties } from 'n8n-workflow';

import { check, isCurrencyCode, maxLength, nonNegativeNumber } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { byDisplayName, currencyField, extraJsonOption, requiredName } from '../../shared/fields';
import { checkRows } from '../../shared/validation';
import { notice, text } from '../../../shared/fields';

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

/** The notice of an operation whose request Zoho's API documentation does not list (see above). */
export const inferredPathNotice = (operation: string, request: string): INodeProperties =>
	notice(
		'priceList',
		[operation],
		`This operation uses an inferred path: Zoho's API documentation does not list ${request}. If Zoho answers "Invalid URL Passed", the path is wrong (please report it).`,
	);

export const priceListName = (operations: string[], description: string): INodeProperties =>
	requiredName('priceList', operations, description, 'Startup Pricebook');

const options = (update: boolean): INodeProperties[] => [
	currencyField('currency_code', 'ISO 4217 code of the currency the price list\'s rates are in'),
	text('description', 'Description', 'Short description of the price list', 'body', { typeOptions: { rows: 2 } }),
	{
		displayName: 'Items',
		name: 'pricebookItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Item',
		default: {},
		description: `The plans and add-ons the price list gives a custom rate, each by item ID or by plan/add-on code${update ? ' (they replace the current ones)' : ''}; sent as pricebook_items [{ item_id, product_code, pricebook_rate }]`,
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
	text('pricebook_type', 'Price List Type', 'Zoho\'s pricing rule of the price list (pricebook_type), e.g. per_item for custom rates per plan or add-on (Items); Zoho\'s price list documentation lists no fixed set of values', 'body', { placeholder: 'per_item' }),
];

export const priceListOptions = (collection: string): INodeProperties[] => byDisplayName([...options(collection === 'updateFields'), extraJsonOption(collection)]);

export const priceListChecks = (collection: string) => [
	check(`${collection}.currency_code`, 'Currency Code', [isCurrencyCode]),
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
	checkRows(
		`${collection}.pricebookItems`,
		'item',
		'Items',
		[
			{ field: 'item_id', label: 'Item ID' },
			{ field: 'product_code', label: 'Plan or Add-On Code' },
			{ field: 'pricebook_rate', label: 'Rate', required: true, checks: [nonNegativeNumber] },
		],
		{ oneOf: [['item_id', 'product_code']] },
	),
];

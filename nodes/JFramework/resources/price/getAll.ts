import type { INodePropertyOptions } from 'n8n-workflow';

import { check, isCurrencyCode } from '../../../shared/validation';
import { integer, number, optionalLocator, text } from '../../shared/descriptions';
import { jfwListPage, jfwPagedArrayList } from '../../shared/lists';
import { listOperation } from '../../shared/operations';

const list = listOperation({
	resource: 'price',
	path: '/v1/prices',
	paged: false,
	action: 'Get many prices',
	description:
		'List prices, optionally filtered by package, subscription type, code, name, amount, ISO 4217 currency, tags or payment method, and sorted. JFramework serves prices in pages (200 a page by default); Return All reads every page, otherwise Limit sets how many prices to output',
	preSend: [check('filters.currency', 'Currency', [isCurrencyCode])],
	filters: [
		number('amount', 'Amount', 'Only prices of exactly this amount', 'query'),
		text('checkoutLink', 'Checkout Link', 'Only prices whose checkout link matches this text', 'query'),
		text('code', 'Code', 'Only the price with this code', 'query'),
		text('currency', 'Currency', 'Only prices in this ISO 4217 currency (USD, EUR, …)', 'query', { placeholder: 'USD' }),
		text('description', 'Description', 'Only prices whose description matches this text', 'query'),
		text('name', 'Name', 'Only prices whose name matches this text', 'query'),
		optionalLocator('package', { type: 'query', property: 'packageId' }, { description: 'Only prices of this package' }),
		text('paymentMethodId', 'Payment Method ID', 'Only prices of this payment method', 'query'),
		optionalLocator('subscriptionType', { type: 'query', property: 'subscriptionTypeId' }, { description: 'Only prices of this subscription type' }),
		text('tags', 'Tags', 'Only prices with these tags', 'query'),
		integer('zOrder', 'Sort Order', 'Only prices with this sort order (zOrder)', 'query'),
	],
	sortFields: [
		['Amount', 'amount'],
		['Code', 'code'],
		['Created Date', 'createdDate'],
		['ID', 'id'],
		['Name', 'name'],
		['Sort Order', 'zOrder'],
	],
});

/** Prices are paged (pageNumber, pageSize) but may come back as a plain array: read to the end either way. */
export const option: INodePropertyOptions = {
	...list.option,
	routing: {
		...list.option.routing,
		operations: { pagination: jfwPagedArrayList },
		output: { postReceive: [jfwListPage()] },
	},
};

export const properties = list.properties;

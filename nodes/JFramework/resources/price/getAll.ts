import { check, isCurrencyCode } from '../../../shared/validation';
import { integer, number, optionalLocator, text } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'price',
	path: '/v1/prices',
	paged: false,
	action: 'Get many prices',
	description:
		'List prices, optionally filtered by package, subscription type, code, name, amount, ISO 4217 currency, tags or payment method, and sorted. JFramework returns the whole list at once; Limit is applied by the node',
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

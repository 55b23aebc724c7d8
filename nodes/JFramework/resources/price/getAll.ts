import { choice, CURRENCY_OPTIONS, integer, number, text } from '../../../shared/fields';
import { check, isCurrencyCode } from '../../../shared/validation';
import { optionalLocator } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';
import { jfwListPage } from '../../shared/output';
import { jfwPagedArrayList } from '../../shared/paginators';

export const { option, properties } = listOperation({
	resource: 'price',
	path: '/v1/prices',
	paged: true,
	action: 'Get many prices',
	description: 'Retrieve many prices',
	preSend: [check('filters.currency', 'Currency', [isCurrencyCode])],
	// prices are paged (pageNumber, pageSize; 200 a page by default) but may come back as a plain array: read to the end either way
	pagination: jfwPagedArrayList,
	output: [jfwListPage()],
	filters: [
		number('amount', 'Amount', 'Only prices of exactly this amount', 'query'),
		text('checkoutLink', 'Checkout Link', 'Only prices whose checkout link matches this text', 'query'),
		text('code', 'Code', 'Only the price with this code', 'query'),
		choice('currency', 'Currency', 'Only prices in this currency (ISO 4217)', CURRENCY_OPTIONS, 'query', { default: 'USD' }),
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

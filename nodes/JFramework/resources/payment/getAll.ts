import { boolean, choice, CURRENCY_OPTIONS, dateTime, text } from '../../../shared/fields';
import { check, dateOrder, isCurrencyCode, isDateTime } from '../../../shared/validation';
import { optionalLocator, PAYMENT_STATUS } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'payment',
	path: '/v1/payments',
	paged: true,
	action: 'Get many payments',
	description: 'Retrieve many payments',
	preSend: [
		check('filters.createdDateFrom', 'Created From', [isDateTime]),
		check('filters.createdDateTo', 'Created To', [isDateTime]),
		dateOrder('filters.createdDateFrom', 'Created From', 'filters.createdDateTo', 'Created To'),
		check('filters.currencyCode', 'Currency', [isCurrencyCode]),
	],
	filters: [
		text('appIntegrationPaymentGatewayId', 'Payment Gateway ID', 'Only payments through this payment gateway app integration', 'query'),
		text('code', 'Code', 'Only the payment with this code', 'query'),
		dateTime('createdDateFrom', 'Created From', 'Only payments created at or after this date-time (ISO 8601); use it to poll for new payments', 'query'),
		dateTime('createdDateTo', 'Created To', 'Only payments created before this date-time (ISO 8601, after Created From)', 'query'),
		choice('currencyCode', 'Currency', 'Only payments in this currency (ISO 4217)', CURRENCY_OPTIONS, 'query', { default: 'USD' }),
		text('keywords', 'Keywords', 'Text to search for in the payments', 'query'),
		text('paymentType', 'Payment Type', 'Only payments of this type', 'query'),
		optionalLocator('price', { type: 'query', property: 'priceId' }, { description: 'Only payments for this price' }),
		text('referralUserCode', 'Referral User Code', 'Only payments referred by the user with this code', 'query'),
		choice('status', 'Status', 'Only payments in this state', PAYMENT_STATUS, 'query', { default: 'Completed' }),
		boolean('testMode', 'Test Mode', 'Whether to return only test-mode payments (true) or only live ones (false)', 'query'),
		text('userId', 'User ID', 'Only payments of this JFramework user', 'query'),
	],
	sortFields: [
		['Created Date', 'createdDate'],
		['ID', 'id'],
	],
});

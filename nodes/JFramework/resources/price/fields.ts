import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { check, isCurrencyCode, isUrl, maxLength, nonNegativeNumber, required } from '../../../shared/validation';
import { collection, integer, number, packageLocator, shown, subscriptionTypeLocator, text } from '../../shared/descriptions';

/** The fields a price write always sends (create and the PUT replacement). */
export function priceFields(operation: string): INodeProperties[] {
	const show = (field: INodeProperties) => shown('price', [operation], field, true);
	return [
		packageLocator('price', [operation], { type: 'body', property: 'packageId' }),
		subscriptionTypeLocator('price', [operation], { type: 'body', property: 'subscriptionTypeId' }),
		show(text('code', 'Code', 'Your code for the price (at most 100 characters)', 'body', { placeholder: 'PRO-MONTHLY' })),
		show(text('name', 'Name', 'Name of the price, as shown to buyers', 'body', { placeholder: 'Pro, monthly' })),
		show(number('amount', 'Amount', 'The price amount, in the currency below; 0 or more', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } })),
		show(text('currency', 'Currency', 'ISO 4217 currency code, three capital letters (USD, EUR, GBP, …)', 'body', { default: 'USD', placeholder: 'USD' })),
	];
}

/** The optional price fields, in a collection named `collectionName`. */
export function priceOptionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties {
	const note = cleared ? ' (cleared when not set)' : '';
	return collection('price', [operation], collectionName, displayName, [
		text('checkoutLink', 'Checkout Link', `Where buyers who click the price are sent (a full URL)${note}`, 'body', { placeholder: 'https://example.com/buy/pro' }),
		text('description', 'Description', `Description of the price${note}`),
		integer('zOrder', 'Sort Order', `Position of the price in lists (JFramework's zOrder; higher comes later; default 1)${note}`),
		text('tags', 'Tags', `Tags of the price, as one string${note}`),
	]);
}

export function priceChecks(collectionName: string): PreSendAction[] {
	return [
		required('packageId', 'Package'),
		required('subscriptionTypeId', 'Subscription Type'),
		check('code', 'Code', [maxLength(100)], true),
		check('name', 'Name', [maxLength(200)], true),
		check('amount', 'Amount', [nonNegativeNumber], true),
		check('currency', 'Currency', [isCurrencyCode], true),
		check(`${collectionName}.checkoutLink`, 'Checkout Link', [isUrl]),
	];
}

import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { choice, collection, CURRENCY_OPTIONS, integer, number, shown, text } from '../../../shared/fields';
import { check, isCurrencyCode, isUrl, maxLength, nonNegativeNumber, required } from '../../../shared/validation';
import { packageLocator, subscriptionTypeLocator } from '../../shared/descriptions';
import type { RecordForm } from '../../shared/operations';

/** The fields a price write always sends (create and the PUT replacement). */
function priceFields(operation: string): INodeProperties[] {
	const show = (field: INodeProperties) => shown('price', [operation], field, true);
	return [
		packageLocator('price', [operation], { type: 'body', property: 'packageId' }),
		subscriptionTypeLocator('price', [operation], { type: 'body', property: 'subscriptionTypeId' }),
		show(text('code', 'Code', 'Your code for the price (at most 100 characters)', 'body', { placeholder: 'PRO-MONTHLY' })),
		show(text('name', 'Name', 'Name of the price, as shown to buyers', 'body', { placeholder: 'Pro, monthly' })),
		show(number('amount', 'Amount', 'The price amount, in the currency below; 0 or more', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } })),
		show(choice('currency', 'Currency', 'The currency of the amount (ISO 4217; by expression, a code such as USD)', CURRENCY_OPTIONS, 'body', { default: 'USD' })),
	];
}

/** The optional price fields, in a collection named `collectionName`. */
function priceOptionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties {
	const note = cleared ? ' (cleared when not set)' : '';
	return collection('price', [operation], collectionName, displayName, [
		text('checkoutLink', 'Checkout Link', `Where buyers who click the price are sent (a full URL)${note}`, 'body', { placeholder: 'https://example.com/buy/pro' }),
		text('description', 'Description', `Description of the price${note}`),
		integer('zOrder', 'Sort Order', `Position of the price in lists (JFramework's zOrder; higher comes later; default 1)${note}`),
		text('tags', 'Tags', `Tags of the price, as one string${note}`),
	]);
}

function priceChecks(collectionName: string): PreSendAction[] {
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

export const priceForm: RecordForm = { fields: priceFields, optionalFields: priceOptionalFields, checks: priceChecks };

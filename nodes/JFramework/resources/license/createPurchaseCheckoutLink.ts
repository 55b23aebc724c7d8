import { boolean, collection, dateTime, integer, shown, text } from '../../../shared/fields';
import { check, dateOrder, isDateTime, isUrl, positiveInteger, required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { packageLocator, subscriptionTypeLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const value = 'createPurchaseCheckoutLink';

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Create Purchase Checkout Link',
	action: 'Create a checkout link to buy licenses',
	description: 'Create a payment page URL that buys licenses for a period',
	request: { method: 'POST', url: '/v1/licenses/purchase/checkout-link' },
	preSend: [
		required('packageId', 'Package'),
		required('subscriptionTypeId', 'Subscription Type'),
		check('startDate', 'Start Date', [isDateTime], true),
		check('endDate', 'End Date', [isDateTime], true),
		dateOrder('startDate', 'Start Date', 'endDate', 'End Date'),
		check('additionalFields.returnURL', 'Return URL', [isUrl]),
		check('additionalFields.cancelURL', 'Cancel URL', [isUrl]),
		check('additionalFields.quantity', 'Quantity', [positiveInteger]),
	],
	output: [jfwData('checkoutLink')],
	notice: 'Outputs { checkoutLink }, the URL of the payment page.',
	properties: [
		packageLocator('license', [value], { type: 'body', property: 'packageId' }),
		subscriptionTypeLocator('license', [value], { type: 'body', property: 'subscriptionTypeId' }),
		shown('license', [value], dateTime('startDate', 'Start Date', 'When the purchased licenses start (ISO date, e.g. 2025-01-01)'), true),
		shown('license', [value], dateTime('endDate', 'End Date', 'When the purchased licenses end (after the start date)'), true),
		collection('license', [value], 'additionalFields', 'Additional Fields', [
			text('cancelURL', 'Cancel URL', 'Where the buyer goes if they cancel the payment', 'body', { placeholder: 'https://example.com/cancelled' }),
			integer('quantity', 'Quantity', 'How many licenses to buy', 'body', { typeOptions: { minValue: 1, numberPrecision: 0 } }),
			text('returnURL', 'Return URL', 'Where the buyer goes after paying', 'body', { placeholder: 'https://example.com/thanks' }),
			boolean('testMode', 'Test Mode', 'Whether to create the checkout in test mode (no real payment)'),
		]),
	],
});

import type { INodeProperties, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { boolean, choice, CURRENCY_OPTIONS, dateTime, number, shown } from '../../../shared/fields';
import { check, dateOrder, isCurrencyCode, isDateTime, nonNegativeNumber, required } from '../../../shared/validation';
import { packageLocator, subscriptionTypeLocator } from '../../shared/descriptions';

/** The fields every license write sends: package, subscription type, amount, currency, period. */
export function licenseBodyFields(operations: string[], options: { testMode?: boolean } = {}): INodeProperties[] {
	return [
		packageLocator('license', operations, { type: 'body', property: 'packageId' }),
		subscriptionTypeLocator('license', operations, { type: 'body', property: 'subscriptionTypeId' }),
		shown('license', operations, number('amount', 'Amount', 'The amount (price) of each license, in the currency below; 0 or more', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } }), true),
		shown('license', operations, choice('currencyCode', 'Currency', 'The currency of the amount (ISO 4217; by expression, a code such as USD)', CURRENCY_OPTIONS, 'body', { default: 'USD' }), true),
		shown('license', operations, dateTime('startDate', 'Start Date', 'When the license starts (ISO 8601, e.g. 2025-01-01 or 2025-01-01T00:00:00Z)'), true),
		shown('license', operations, dateTime('endDate', 'End Date', 'When the license ends (ISO 8601, after the start date)'), true),
		...(options.testMode === false
			? []
			: [shown('license', operations, boolean('testMode', 'Test Mode', 'Whether the license is a test-mode license (no real payment); always sent'))]),
	];
}

/** Checks before any request for the fields above. */
export function licenseBodyChecks(): PreSendAction[] {
	return [
		required('packageId', 'Package'),
		required('subscriptionTypeId', 'Subscription Type'),
		check('amount', 'Amount', [nonNegativeNumber], true),
		check('currencyCode', 'Currency', [isCurrencyCode], true),
		check('startDate', 'Start Date', [isDateTime], true),
		check('endDate', 'End Date', [isDateTime], true),
		dateOrder('startDate', 'Start Date', 'endDate', 'End Date'),
	];
}

/** JFramework creates 1 to 100 licenses at a time. */
export const quantityField = (description: string): INodeProperties =>
	number('quantity', 'Quantity', description, 'body', { default: 1, typeOptions: { minValue: 1, maxValue: 100, numberPrecision: 0 } });

export const quantityUpTo100 = (value: unknown): string | undefined => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isInteger(n) && n >= 1 && n <= 100 ? undefined : `must be a whole number from 1 to 100 (got ${String(value)})`;
};

/** A custom license code can only be given when one license is created. */
export const codeOnlyForOne: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as { code?: unknown; quantity?: unknown };
	if (body.code !== undefined && body.code !== '' && Number(body.quantity ?? 1) > 1) {
		throw new NodeOperationError(this.getNode(), 'License Code: a custom code can only be given when the quantity is 1', {
			itemIndex: this.getItemIndex(),
			description: 'Remove the License Code (JFramework then generates one per license) or set Quantity to 1. Nothing was sent.',
		});
	}
	return requestOptions;
};

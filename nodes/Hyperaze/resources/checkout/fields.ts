import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { choice, dateTime, integer, text } from '../../../shared/fields';
import { check, dateOrder, failInput, isDateTime, positiveInteger, readParameter } from '../../../shared/validation';
import { checkoutLocator } from '../../shared/descriptions';

export const checkoutId = (operations: string[], send: { type: 'body' | 'query'; property: string }): INodeProperties =>
	checkoutLocator({ resource: 'checkout', operations, send });

const stockTypeOptions = [
	{ name: 'Limited', value: 'Limited', description: 'Only a set number of purchases (set Stocks)' },
	{ name: 'Unlimited', value: 'Unlimited', description: 'No limit on purchases' },
];

/** Stock Type, sent as stock_type. */
export const stockType = (name: string, description: string): INodeProperties =>
	choice(name, 'Stock Type', description, stockTypeOptions, 'body', { default: 'Unlimited' }, 'stock_type');

/** Stocks: how many purchases the link allows, a whole number of 1 or more. */
export const stocks = (description: string): INodeProperties =>
	integer('stocks', 'Stocks', description, 'body', { typeOptions: { minValue: 1, numberPrecision: 0 } });

/** Fields both Create and Update can set, besides stock type and stocks (sorted by name). */
export const writableFields: INodeProperties[] = [
	dateTime('end_date', 'End Date', 'When the checkout link closes (after the start date), ISO format such as 2026-02-01T00:00:00'),
	text('password', 'Password', 'Protects the checkout page: buyers must enter it before paying', 'body', { typeOptions: { password: true } }),
	text('release_method', 'Release Method', 'How the checkout link is released, as Hyperaze names the method in its dashboard'),
	dateTime('start_date', 'Start Date', 'When the checkout link opens, ISO format such as 2026-01-01T00:00:00'),
];

export const writableChecks = (collection: string) => [
	check(`${collection}.start_date`, 'Start Date', [isDateTime]),
	check(`${collection}.end_date`, 'End Date', [isDateTime]),
	dateOrder(`${collection}.start_date`, 'Start Date', `${collection}.end_date`, 'End Date'),
	check(`${collection}.stocks`, 'Stocks', [positiveInteger]),
];

/** Stock Type Limited needs Stocks, a whole number of 1 or more (Hyperaze's rule). */
export function limitedNeedsStocks(stockTypeParameter: string, stocksParameter: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (readParameter(this, stockTypeParameter) !== 'Limited') return requestOptions;
		const value = readParameter(this, stocksParameter);
		const problem = positiveInteger.call(this, value);
		if (value === undefined || value === null || value === '') {
			failInput(this, 'Stocks', 'a value is required when Stock Type is Limited');
		}
		if (problem) failInput(this, 'Stocks', problem);
		return requestOptions;
	};
}

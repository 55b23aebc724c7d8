import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { check, dateOrder, isDateTime, positiveInteger } from '../../../shared/validation';
import { badInput, readParameter } from '../../shared/checks';
import { recordLocator } from '../../shared/descriptions';

export const checkoutId = (
	operations: string[],
	send: { type: 'body' | 'query'; property: string },
): INodeProperties =>
	recordLocator({
		name: 'checkoutId',
		displayName: 'Checkout Link',
		resource: 'checkout',
		operations,
		searchListMethod: 'searchCheckouts',
		description: 'The checkout link to work on: pick it from the list or enter its ID',
		placeholder: 'chk_01HZX3…',
		send,
	});

export const stockTypeOptions = [
	{ name: 'Limited', value: 'Limited', description: 'Only a set number of purchases (set Stocks)' },
	{ name: 'Unlimited', value: 'Unlimited', description: 'No limit on purchases' },
];

/** Fields both Create and Update can set, besides stock type and stocks (sorted by name). */
export const writableFields: INodeProperties[] = [
	{
		displayName: 'End Date',
		name: 'end_date',
		type: 'dateTime',
		default: '',
		description: 'When the checkout link closes (after the start date), ISO format such as 2026-02-01T00:00:00',
		routing: { send: { type: 'body', property: 'end_date' } },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Protects the checkout page: buyers must enter it before paying',
		routing: { send: { type: 'body', property: 'password' } },
	},
	{
		displayName: 'Release Method',
		name: 'release_method',
		type: 'string',
		default: '',
		description: 'How the checkout link is released, as Hyperaze names the method in its dashboard',
		routing: { send: { type: 'body', property: 'release_method' } },
	},
	{
		displayName: 'Start Date',
		name: 'start_date',
		type: 'dateTime',
		default: '',
		description: 'When the checkout link opens, ISO format such as 2026-01-01T00:00:00',
		routing: { send: { type: 'body', property: 'start_date' } },
	},
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
		const stocks = readParameter(this, stocksParameter);
		const problem = positiveInteger.call(this, stocks);
		if (stocks === undefined || stocks === null || stocks === '') {
			badInput(this, 'Stocks', 'a value is required when Stock Type is Limited');
		}
		if (problem) badInput(this, 'Stocks', problem);
		return requestOptions;
	};
}

import type { INodeProperties } from 'n8n-workflow';

import { check, dateOrder, isDateTime, positiveInteger } from '../../../shared/validation';
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

/** Fields both Create and Update can set, besides stock type and stocks. */
export const writableFields: INodeProperties[] = [
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
		description: 'How the checkout link is released, as Hyperaze names it (left out when empty)',
		routing: { send: { type: 'body', property: 'release_method' } },
	},
	{
		displayName: 'Start Date',
		name: 'start_date',
		type: 'dateTime',
		default: '',
		description: 'When the checkout link opens',
		routing: { send: { type: 'body', property: 'start_date' } },
	},
	{
		displayName: 'End Date',
		name: 'end_date',
		type: 'dateTime',
		default: '',
		description: 'When the checkout link closes (after the start date)',
		routing: { send: { type: 'body', property: 'end_date' } },
	},
];

export const writableChecks = (collection: string) => [
	check(`${collection}.start_date`, 'Start Date', [isDateTime]),
	check(`${collection}.end_date`, 'End Date', [isDateTime]),
	dateOrder(`${collection}.start_date`, 'Start Date', `${collection}.end_date`, 'End Date'),
	check(`${collection}.stocks`, 'Stocks', [positiveInteger]),
];

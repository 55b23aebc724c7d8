import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, positiveNumber } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { extraJsonOption } from '../../shared/fields';
import { byDisplayName, isZohoId, zohoRecordOf } from '../../shared/subscriptions';
import { RESOURCE, collection, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Charge',
	value: 'addCharge',
	action: 'Add a one-time charge to a subscription',
	description:
		'Charge a one-time amount on a subscription (e.g. extra usage), with an optional description. Zoho invoices it at once (outputs the invoice), or with Add to Unbilled Charges keeps it for the next invoice (outputs the unbilled charge).',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/charge' },
		send: {
			paginate: true,
			preSend: [subscriptionRequired, check('additionalFields.account_id', 'Income Account ID', [isZohoId])],
		},
		output: { postReceive: [zohoRecordOf(['invoice', 'unbilled_charge'])] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['addCharge']),
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The amount to charge, in the subscription\'s currency (more than 0)',
		displayOptions: showFor(RESOURCE, ['addCharge']),
		routing: { send: { type: 'body', property: 'amount', preSend: [check('amount', 'Amount', [positiveNumber], true)] } },
	},
	collection(
		'additionalFields',
		'Additional Fields',
		['addCharge'],
		byDisplayName([
			{
				displayName: 'Add to Unbilled Charges',
				name: 'add_to_unbilled_charges',
				type: 'boolean',
				default: false,
				description: 'Whether to keep the charge as an unbilled charge for the next invoice instead of invoicing it now',
				routing: { send: { type: 'body', property: 'add_to_unbilled_charges' } },
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				placeholder: 'Charges for additional usage',
				description: 'Why the customer is charged; shown on the invoice',
				routing: { send: { type: 'body', property: 'description' } },
			},
			extraJsonOption('additionalFields'),
			{
				displayName: 'Income Account ID',
				name: 'account_id',
				type: 'string',
				default: '',
				placeholder: '90300000791111',
				description: 'ID of the income account the charge is booked to',
				routing: { send: { type: 'body', property: 'account_id' } },
			},
		]),
	),
];

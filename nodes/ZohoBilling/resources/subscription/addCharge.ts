import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { boolean, collection, notice, showFor, text } from '../../../shared/fields';
import { check, positiveNumber } from '../../../shared/validation';
import { byDisplayName, extraJsonOption } from '../../shared/fields';
import { zohoRecordAmong } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Charge',
	value: 'addCharge',
	action: 'Add a one-time charge to a subscription',
	description: 'Charge a one-time amount on a subscription',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/charge' },
		send: {
			paginate: true,
			preSend: [subscriptionRequired, check('additionalFields.account_id', 'Income Account ID', [isZohoId])],
		},
		output: { postReceive: [zohoRecordAmong(['invoice', 'unbilled_charge'])] },
	},
};

export const properties: INodeProperties[] = [
	notice('subscription', ['addCharge'], 'Zoho invoices the charge at once and the node outputs the invoice; with Add to Unbilled Charges on, it outputs the unbilled charge instead.'),
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
	collection(RESOURCE, ['addCharge'], 'additionalFields', 'Additional Fields', byDisplayName([
			boolean('add_to_unbilled_charges', 'Add to Unbilled Charges', 'Whether to keep the charge as an unbilled charge for the next invoice instead of invoicing it now'),
			text('description', 'Description', 'Why the customer is charged; shown on the invoice', 'body', { placeholder: 'Charges for additional usage' }),
			extraJsonOption('additionalFields'),
			text('account_id', 'Income Account ID', 'ID of the income account the charge is booked to', 'body', { placeholder: '90300000791111' }),
		])),
];

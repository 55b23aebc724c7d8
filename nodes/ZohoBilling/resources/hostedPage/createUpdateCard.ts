import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { additionalChecks, additionalFields, options, subscriptionField } from './fields';
import { subscriptionRequired } from '../subscription/fields';

const OPERATION = 'createUpdateCard';

export const option: INodePropertyOptions = {
	name: 'Create Update Card Page',
	value: OPERATION,
	action: 'Create a hosted page for updating the card of a subscription',
	description:
		'Create a Zoho page (valid one hour) where the customer enters a new card for a subscription, e.g. after a card expired or a payment failed. Needs the subscription ID. Outputs the hosted page with its URL.',
	routing: {
		request: { method: 'POST', url: '/hostedpages/updatecard' },
		send: { paginate: true, preSend: [subscriptionRequired, ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionField([OPERATION]),
	additionalFields([OPERATION], [options.extraJson, options.paymentGateways, options.redirectUrl]),
];

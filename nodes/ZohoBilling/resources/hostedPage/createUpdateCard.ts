import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { additionalChecks, additionalFields, options, pageNotice, subscriptionField } from './fields';
import { subscriptionRequired } from '../subscription/fields';

const OPERATION = 'createUpdateCard';

export const option: INodePropertyOptions = {
	name: 'Create Update Card Page',
	value: OPERATION,
	action: 'Create a hosted page for updating the card of a subscription',
	description: 'Create a page where a customer gives a new card for a subscription',
	routing: {
		request: { method: 'POST', url: '/hostedpages/updatecard' },
		send: { paginate: true, preSend: [subscriptionRequired, ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	pageNotice(OPERATION),
	subscriptionField([OPERATION]),
	additionalFields([OPERATION], [options.extraJson, options.paymentGateways, options.redirectUrl]),
];

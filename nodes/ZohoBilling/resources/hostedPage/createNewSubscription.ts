import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { planCodeLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { customerDetailChecks, planDetailChecks, planDetailsField, subscriberFields } from '../subscription/fields';
import { RESOURCE, additionalChecks, additionalFields, options, pageNotice } from './fields';
import { text } from '../../../shared/fields';

const OPERATION = 'createNewSubscription';

export const option: INodePropertyOptions = {
	name: 'Create New Subscription Page',
	value: OPERATION,
	action: 'Create a hosted page for a new subscription',
	description: 'Create a page where a customer subscribes to a plan',
	routing: {
		request: { method: 'POST', url: '/hostedpages/newsubscription' },
		send: { paginate: true, preSend: [...planDetailChecks, ...customerDetailChecks, ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	pageNotice(OPERATION),
	...subscriberFields(RESOURCE, [OPERATION]),
	planCodeLocator(RESOURCE, [OPERATION], 'The plan to subscribe to: pick it from the list or enter its plan code'),
	planDetailsField(RESOURCE, [OPERATION]),
	additionalFields(
		[OPERATION],
		[
			options.addons('to subscribe to together with the plan; each needs its code and a quantity'),
			options.chargeSetupFeeImmediately,
			options.contactPersons,
			options.couponCode,
			options.customFields,
			options.exchangeRate,
			options.extraJson,
			options.paymentGateways,
			text('pricebook_id', 'Price List ID', 'ID of a price list (in the customer\'s currency) whose prices apply', 'body', { placeholder: '90300000070987' }),
			options.redirectUrl,
			options.referenceId,
			options.salespersonName,
			options.startsAt,
			options.templateId,
		],
	),
];

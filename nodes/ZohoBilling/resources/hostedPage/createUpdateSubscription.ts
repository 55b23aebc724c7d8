import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { planCodeLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { planDetailChecks, planDetailsField } from '../subscription/fields';
import { RESOURCE, additionalChecks, additionalFields, options, subscriptionField } from './fields';
import { subscriptionRequired } from '../subscription/fields';

const OPERATION = 'createUpdateSubscription';

export const option: INodePropertyOptions = {
	name: 'Create Update Subscription Page',
	value: OPERATION,
	action: 'Create a hosted page for updating a subscription',
	description:
		'Create a Zoho payment page (valid one hour) where the customer confirms and pays a change of plan (upgrade/downgrade) of a subscription. Needs the subscription ID and the new plan code; optional: quantity, add-ons, coupon, redirect URL. Outputs the hosted page with its URL.',
	routing: {
		request: { method: 'POST', url: '/hostedpages/updatesubscription' },
		send: { paginate: true, preSend: [subscriptionRequired, ...planDetailChecks, ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionField([OPERATION]),
	planCodeLocator(RESOURCE, [OPERATION], 'The plan of the subscription after the update: pick it or enter its plan code'),
	planDetailsField(RESOURCE, [OPERATION]),
	additionalFields(
		[OPERATION],
		[
			options.addons('of the subscription after the update; each needs its code and a quantity'),
			options.chargeSetupFeeImmediately,
			options.couponCode,
			options.customFields,
			options.exchangeRate,
			options.extraJson,
			options.paymentGateways,
			options.redirectUrl,
			options.referenceId,
			options.salespersonName,
			options.startsAt,
			options.templateId,
		],
	),
];

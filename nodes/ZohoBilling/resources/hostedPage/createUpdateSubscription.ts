import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { planCodeLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { planDetailChecks, planDetailsField } from '../subscription/fields';
import { RESOURCE, additionalChecks, additionalFields, options, pageNotice, subscriptionField } from './fields';
import { subscriptionRequired } from '../subscription/fields';

const OPERATION = 'createUpdateSubscription';

export const option: INodePropertyOptions = {
	name: 'Create Update Subscription Page',
	value: OPERATION,
	action: 'Create a hosted page for updating a subscription',
	description: 'Create a page where a customer confirms and pays a plan change',
	routing: {
		request: { method: 'POST', url: '/hostedpages/updatesubscription' },
		send: { paginate: true, preSend: [subscriptionRequired, ...planDetailChecks, ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	pageNotice(OPERATION),
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

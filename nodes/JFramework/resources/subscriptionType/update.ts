import { updateOperation } from '../../shared/operations';
import { subscriptionTypeForm } from './fields';

export const { option, properties } = updateOperation({
	resource: 'subscriptionType',
	kind: 'subscriptionType',
	path: '/v1/subscription-types',
	action: 'Update a subscription type',
	description: 'Replace a subscription type; optional fields not set are cleared',
	what: 'subscription type',
	locatorDescription: 'The subscription type (billing period): pick it from the list or enter its ID',
	form: subscriptionTypeForm,
});

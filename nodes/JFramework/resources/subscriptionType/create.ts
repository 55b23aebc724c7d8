import { createOperation } from '../../shared/operations';
import { subscriptionTypeForm } from './fields';

export const { option, properties } = createOperation({
	resource: 'subscriptionType',
	path: '/v1/subscription-types',
	action: 'Create a subscription type',
	description: 'Create a subscription type (billing period)',
	form: subscriptionTypeForm,
});

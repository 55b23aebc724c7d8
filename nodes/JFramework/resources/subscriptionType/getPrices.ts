import { required } from '../../../shared/validation';
import { subscriptionTypeLocator } from '../../shared/descriptions';
import { idPath, listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'subscriptionType',
	value: 'getPrices',
	name: 'Get Prices',
	path: idPath('/v1/subscription-types', 'subscriptionType', '/prices'),
	paged: false,
	action: 'Get the prices of a subscription type',
	description: 'Retrieve the prices of all packages for a subscription type',
	leading: [subscriptionTypeLocator('subscriptionType', ['getPrices'])],
	preSend: [required('subscriptionTypeId', 'Subscription Type')],
});

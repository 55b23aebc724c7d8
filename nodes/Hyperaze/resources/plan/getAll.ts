import { productLocator } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import { listOperation } from '../../shared/operations';
import { notEmptyWhenAdded } from '../../shared/validation';

export const { option, properties } = listOperation({
	resource: 'plan',
	action: 'Get many pricing plans',
	description: 'Retrieve many pricing plans, or those of one product',
	endpoint: ENDPOINTS.planList,
	preSend: [notEmptyWhenAdded('filters.product', 'Product')],
	filters: [
		productLocator({
			name: 'product',
			send: { type: 'query', property: 'product_id' },
			description: 'Only the plans of this product: pick it from the list or enter its ID',
		}),
	],
});

import { ENDPOINTS } from '../../shared/endpoints';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'checkout',
	action: 'Get many checkout links',
	description: 'Retrieve many checkout links',
	endpoint: ENDPOINTS.checkoutList,
});

import { ENDPOINTS } from '../../shared/endpoints';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'product',
	action: 'Get many products',
	description: 'Retrieve many products',
	endpoint: ENDPOINTS.productList,
});

import { productLocator } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import { recordOperation } from '../../shared/operations';
import { hyperazeRecord } from '../../shared/transport';

export const { option, properties } = recordOperation({
	resource: 'product',
	value: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Retrieve a product, the app or service a plan sells',
	endpoint: ENDPOINTS.productGet,
	picker: productLocator({ resource: 'product', operations: ['get'], send: { type: 'query', property: 'id' } }),
	output: hyperazeRecord(),
});

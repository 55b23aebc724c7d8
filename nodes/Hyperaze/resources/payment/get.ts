import { paymentLocator } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import { recordOperation } from '../../shared/operations';
import { hyperazeRecord } from '../../shared/transport';

export const { option, properties } = recordOperation({
	resource: 'payment',
	value: 'get',
	name: 'Get',
	action: 'Get a payment',
	description: 'Retrieve a payment and what it paid for',
	endpoint: ENDPOINTS.paymentGet,
	picker: paymentLocator({ resource: 'payment', operations: ['get'], send: { type: 'query', property: 'id' } }),
	output: hyperazeRecord(),
});

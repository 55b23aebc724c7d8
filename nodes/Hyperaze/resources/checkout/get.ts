import { ENDPOINTS } from '../../shared/endpoints';
import { recordOperation } from '../../shared/operations';
import { hyperazeRecord } from '../../shared/transport';
import { checkoutId } from './fields';

export const { option, properties } = recordOperation({
	resource: 'checkout',
	value: 'get',
	name: 'Get',
	action: 'Get a checkout link',
	description: 'Retrieve a checkout link with its URL, plan and stocks',
	endpoint: ENDPOINTS.checkoutGet,
	picker: checkoutId(['get'], { type: 'query', property: 'id' }),
	output: hyperazeRecord(),
});

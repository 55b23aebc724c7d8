import { ENDPOINTS } from '../../shared/endpoints';
import { recordOperation } from '../../shared/operations';
import { hyperazeRecord } from '../../shared/transport';
import { planId } from './fields';

export const { option, properties } = recordOperation({
	resource: 'plan',
	value: 'get',
	name: 'Get',
	action: 'Get a pricing plan',
	description: 'Retrieve a pricing plan: price, type, renewal, trial and stocks',
	endpoint: ENDPOINTS.planGet,
	picker: planId(['get'], { type: 'query', property: 'id' }),
	output: hyperazeRecord(),
});

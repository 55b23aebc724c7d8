import { ENDPOINTS } from '../../shared/endpoints';
import { recordOperation } from '../../shared/operations';
import { hyperazeRecord } from '../../shared/transport';
import { membershipId } from './fields';

export const { option, properties } = recordOperation({
	resource: 'membership',
	value: 'get',
	name: 'Get',
	action: 'Get a membership',
	description: 'Retrieve a membership with its key and metadata',
	endpoint: ENDPOINTS.membershipGet,
	picker: membershipId(['get'], { type: 'query', property: 'id' }),
	output: hyperazeRecord(),
});

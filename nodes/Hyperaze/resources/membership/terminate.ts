import { ENDPOINTS } from '../../shared/endpoints';
import { recordOperation } from '../../shared/operations';
import { membershipActionAnswer } from '../../shared/output';
import { membershipId } from './fields';

export const { option, properties } = recordOperation({
	resource: 'membership',
	value: 'terminate',
	name: 'Terminate',
	action: 'Terminate a membership',
	description: 'End a membership immediately',
	endpoint: ENDPOINTS.membershipTerminate,
	picker: membershipId(['terminate'], { type: 'body', property: 'id' }),
	output: membershipActionAnswer(),
	notice: 'To stop the membership from renewing instead, use Cancel. Outputs the membership, or { success: true, id } when Hyperaze answers without a body.',
});

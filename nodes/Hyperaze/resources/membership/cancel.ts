import { ENDPOINTS } from '../../shared/endpoints';
import { recordOperation } from '../../shared/operations';
import { membershipActionAnswer } from '../../shared/output';
import { membershipId } from './fields';

export const { option, properties } = recordOperation({
	resource: 'membership',
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel a membership',
	description: 'Stop a membership from renewing',
	endpoint: ENDPOINTS.membershipCancel,
	picker: membershipId(['cancel'], { type: 'body', property: 'id' }),
	output: membershipActionAnswer(),
	notice: 'Hyperaze decides whether the membership runs to the end of the paid period; to end it at once, use Terminate. Outputs the membership, or { success: true, id } when Hyperaze answers without a body.',
});

import { ENDPOINTS } from '../../shared/endpoints';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'payment',
	action: 'Get many payments',
	description: 'Retrieve many payments received through Hyperaze',
	endpoint: ENDPOINTS.paymentList,
});

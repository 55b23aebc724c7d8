import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'invoice',
	kind: 'invoice',
	path: '/v1/invoices',
	action: 'Delete an invoice',
	description: 'Delete an invoice',
});

import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'invoice',
	kind: 'invoice',
	path: '/v1/invoices',
	action: 'Get an invoice',
	description: 'Retrieve an invoice with its amounts, items, user and payment',
});

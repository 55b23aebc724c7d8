import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'invoice',
	kind: 'invoice',
	path: '/v1/invoices',
	action: 'Get an invoice',
	description:
		'Retrieve one invoice by ID: code, type, status, subtotal, discount, tax, total, amounts paid and due, currency, dates, items, and the user and payment',
});

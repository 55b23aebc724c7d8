import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'payment',
	kind: 'payment',
	path: '/v1/payments',
	action: 'Get a payment',
	description:
		'Retrieve one payment by ID: code, gross, fee and net amounts, currency, status, payment date, invoice number, and the user, price and package',
});

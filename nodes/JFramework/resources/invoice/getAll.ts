import { check, isDateTime } from '../../../shared/validation';
import { boolean, choice, dateTime, integer, text } from '../../../shared/fields';
import { INVOICE_STATUS, INVOICE_TYPE, optionalLocator } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'invoice',
	path: '/v1/invoices',
	paged: true,
	action: 'Get many invoices',
	description: 'Retrieve many invoices, by default those of the credential\'s user',
	preSend: [
		check('filters.invoiceDate', 'Invoice Date', [isDateTime]),
		check('filters.overdueDate', 'Overdue Date', [isDateTime]),
		check('filters.confirmedDeliveryDate', 'Confirmed Delivery Date', [isDateTime]),
	],
	filters: [
		text('code', 'Code', 'Only the invoice with this code', 'query'),
		dateTime('confirmedDeliveryDate', 'Confirmed Delivery Date', 'Only invoices with this confirmed delivery date (ISO 8601)', 'query'),
		text('deliveryInstructions', 'Delivery Instructions', 'Only invoices whose delivery instructions match this text', 'query'),
		text('description', 'Description', 'Only invoices whose description matches this text', 'query'),
		dateTime('invoiceDate', 'Invoice Date', 'Only invoices of this date (ISO 8601)', 'query'),
		text('keywords', 'Keywords', 'Text to search for in the invoices', 'query'),
		text('name', 'Name', 'Only invoices whose name matches this text', 'query'),
		text('notes', 'Notes', 'Only invoices whose notes match this text', 'query'),
		dateTime('overdueDate', 'Overdue Date', 'Only invoices overdue on this date (ISO 8601)', 'query'),
		optionalLocator('package', { type: 'query', property: 'packageId' }, { description: 'Only invoices for this package' }),
		integer('reminderedCount', 'Reminder Count', 'Only invoices reminded this many times', 'query', { default: 0, typeOptions: { minValue: 0, numberPrecision: 0 } }),
		choice('status', 'Status', 'Only paid or only unpaid invoices', INVOICE_STATUS, 'query'),
		optionalLocator('subscriptionType', { type: 'query', property: 'subscriptionTypeId' }, { description: 'Only invoices for this subscription type' }),
		text('tags', 'Tags', 'Only invoices with these tags', 'query'),
		boolean('testMode', 'Test Mode', 'Whether to return only test-mode invoices (true) or only live ones (false)', 'query'),
		choice('type', 'Type', 'Only invoices of this type', INVOICE_TYPE, 'query'),
		text('userId', 'User ID', 'Only invoices of this JFramework user (default: the user behind the credential)', 'query'),
	],
	sortFields: [
		['Created Date', 'createdDate'],
		['ID', 'id'],
	],
});

import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, number, showFor, text } from '../../../shared/fields';
import { check, dateOrder, maxLength, positiveInteger, positiveNumber } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { byDisplayName, customFieldsOption, extraJsonOption, zohoDateField } from '../../shared/fields';
import { isZohoId, zohoDateCheck } from '../../shared/validation';
import { accountAndAmount, accountAndAmountChecks, lineItemsCheck, lineItemsOption, regionalTaxFields } from '../expense/fields';

const RESOURCE = 'recurringExpense';

/** The recurring expense picker used by every operation that addresses one recurring expense. */
export const recurringExpenseId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'recurringExpenseId',
		displayName: 'Recurring Expense',
		resource: RESOURCE,
		operations,
		searchListMethod: 'searchRecurringExpenses',
		idPlaceholder: '982000000567240',
		description: 'The recurring expense to work on: pick it from the list or enter its ID',
	});

/** The six values Zoho needs on Create and on every Update. */
export function recurrenceFields(operations: string[], update: boolean): INodeProperties[] {
	const repeat = update ? ' Zoho requires it on every update: repeat the current value to keep it.' : '';
	return [
		{
			displayName: 'Name',
			name: 'recurrence_name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Monthly Rental',
			description: `Name of the recurring expense, unique in the organization (at most 100 characters).${repeat}`,
			displayOptions: showFor(RESOURCE, operations),
			routing: { send: { type: 'body', property: 'recurrence_name' } },
		},
		...accountAndAmount(RESOURCE, operations, 'expense created each time', update),
		{
			...zohoDateField(
				'start_date',
				'Start Date',
				`Date of the first expense; no expense is created for days before today.${repeat}`,
			),
			required: true,
			displayOptions: showFor(RESOURCE, operations),
		},
		{
			displayName: 'Frequency',
			name: 'recurrence_frequency',
			type: 'options',
			required: true,
			default: 'months',
			description: `Unit of the repeat interval (Zoho's recurrence_frequency).${repeat}`,
			options: [
				{ name: 'Days', value: 'days' },
				{ name: 'Months', value: 'months' },
				{ name: 'Weeks', value: 'weeks' },
				{ name: 'Years', value: 'years' },
			],
			displayOptions: showFor(RESOURCE, operations),
			routing: { send: { type: 'body', property: 'recurrence_frequency' } },
		},
		{
			displayName: 'Repeat Every',
			name: 'repeat_every',
			type: 'number',
			required: true,
			default: 1,
			typeOptions: { minValue: 1 },
			description: `How many Frequency units between two expenses, e.g. 1 with Months for monthly, 3 with Months for quarterly.${repeat}`,
			displayOptions: showFor(RESOURCE, operations),
			// Zoho's contract types repeat_every as a string
			routing: { send: { type: 'body', property: 'repeat_every', value: '={{ String($value) }}' } },
		},
	];
}

/** Optional recurring expense fields, as Zoho names them. */
export function recurringExpenseFields(collection: string): INodeProperties[] {
	return byDisplayName([
		boolean('is_billable', 'Billable', 'Whether the expenses can be billed to a customer (set Customer ID too)'),
		text('currency_id', 'Currency ID', 'ID of the currency of the expenses when it is not the organization\'s base currency'),
		customFieldsOption('custom_fields', 'id'),
		text('customer_id', 'Customer ID', 'ID of the customer the expenses are for (needed for billable expenses)', 'body', { placeholder: '982000000567001' }),
		zohoDateField('end_date', 'End Date', 'Last day an expense may be created; empty runs until stopped'),
		number('exchange_rate', 'Exchange Rate', 'Exchange rate from the expenses\' currency to the base currency, greater than 0', 'body', { typeOptions: { numberPrecision: 6 } }),
		extraJsonOption(collection),
		boolean('is_inclusive_tax', 'Inclusive of Tax', 'Whether Amount already includes the tax'),
		lineItemsOption(),
		text('project_id', 'Project ID', 'ID of the project the expenses belong to (Project → Get Many lists them)'),
		text('tax_id', 'Tax ID', 'ID of the tax applied to the expenses (Setting → Get Taxes lists them)'),
		...regionalTaxFields(),
	]);
}

/** Checks shared by Create and Update. */
export function recurringExpenseChecks(collection: string): PreSendAction[] {
	const at = (name: string) => `${collection}.${name}`;
	return [
		check('recurrence_name', 'Name', [maxLength(100)], true),
		...accountAndAmountChecks(),
		zohoDateCheck('start_date', 'Start Date'),
		check('start_date', 'Start Date', [], true),
		check('recurrence_frequency', 'Frequency', [], true),
		check('repeat_every', 'Repeat Every', [positiveInteger], true),
		zohoDateCheck(at('end_date'), 'End Date'),
		dateOrder('start_date', 'Start Date', at('end_date'), 'End Date'),
		check(at('customer_id'), 'Customer ID', [isZohoId]),
		check(at('project_id'), 'Project ID', [isZohoId]),
		check(at('currency_id'), 'Currency ID', [isZohoId]),
		check(at('tax_id'), 'Tax ID', [isZohoId]),
		check(at('exchange_rate'), 'Exchange Rate', [positiveNumber]),
		lineItemsCheck(collection),
	];
}

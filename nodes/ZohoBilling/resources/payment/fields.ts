import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { check, failInput, nonNegativeNumber, positiveNumber } from '../../../shared/validation';
import { plainIdField } from '../../shared/descriptions';
import { byDisplayName, customFieldsOption, extraJsonOption, zohoDateField } from '../../shared/fields';
import { zohoDateCheck } from '../../shared/validation';
import { choice, number, text } from '../../../shared/fields';

/** Payment modes Zoho accepts in `payment_mode` (zoho-billing-api.md §2.2 notes, OAS payments.yml). */
export const PAYMENT_MODES = [
	{ name: 'Auto Transaction (Payment Gateway)', value: 'autotransaction' },
	{ name: 'Bank Remittance', value: 'bankremittance' },
	{ name: 'Bank Transfer', value: 'banktransfer' },
	{ name: 'Cash', value: 'cash' },
	{ name: 'Check', value: 'check' },
	{ name: 'Credit Card', value: 'creditcard' },
	{ name: 'Others', value: 'others' },
];

/** Payments have no list endpoint in Zoho's API, so the ID is typed (no picker). */
export const paymentId = (operations: string[]): INodeProperties =>
	plainIdField({
		name: 'paymentId',
		displayName: 'Payment ID',
		resource: 'payment',
		operations,
		placeholder: '9030000079467',
		description: 'ID of the payment (payment_id), as output by Create or found in a customer\'s transactions',
	});

/** Invoices paid by the payment: `invoices: [{ invoice_id, amount_applied }]`. */
export function invoicesOption(name: string, description: string): INodeProperties {
	return {
		displayName: 'Invoices',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Invoice',
		default: {},
		description,
		options: [
			{
				displayName: 'Invoice',
				name: 'invoice',
				values: [
					{
						displayName: 'Amount Applied',
						name: 'amount_applied',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 0,
						description: 'Part of the payment applied to this invoice (greater than 0)',
					},
					{
						displayName: 'Invoice ID',
						name: 'invoice_id',
						type: 'string',
						default: '',
						placeholder: '90300000079426',
						description: 'ID of the invoice (invoice_id) the amount is applied to',
					},
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'invoices',
				value:
					'={{ ($value.invoice || []).map(i => ({ invoice_id: String(i.invoice_id).trim(), amount_applied: Number(i.amount_applied) })) }}',
			},
		},
	};
}

function read(context: IExecuteSingleFunctions, parameter: string): unknown {
	try {
		return context.getNodeParameter(parameter, undefined);
	} catch {
		return undefined;
	}
}

/**
 * Checks the invoices a payment is applied to: each needs an invoice ID and an amount greater
 * than 0, and together they cannot exceed the payment's amount (when that is known).
 */
export function invoicesCheck(invoicesPath: string, amountPath: string, atLeastOne: boolean): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = read(this, invoicesPath) as IDataObject | undefined;
		if (value === undefined && !atLeastOne) return requestOptions;
		const rows = ((value?.invoice as IDataObject[] | undefined) ?? []).filter(Boolean);
		if (rows.length === 0) {
			if (atLeastOne) failInput(this, 'Invoices', 'add at least one invoice (its ID and the amount applied to it)');
			return requestOptions;
		}
		let total = 0;
		rows.forEach((row, i) => {
			if (String(row.invoice_id ?? '').trim() === '') failInput(this, 'Invoices', `invoice ${i + 1} needs an Invoice ID`);
			const applied = Number(row.amount_applied);
			if (!Number.isFinite(applied) || applied <= 0) {
				failInput(this, 'Invoices', `the Amount Applied of invoice ${i + 1} must be greater than 0 (got ${String(row.amount_applied)})`);
			}
			total += applied;
		});
		const amount = Number(read(this, amountPath));
		if (Number.isFinite(amount) && amount > 0 && Math.round(total * 1e6) > Math.round(amount * 1e6)) {
			failInput(this, 'Invoices', `the amounts applied add up to ${total}, more than the payment's Amount (${amount})`);
		}
		return requestOptions;
	};
}

/** Writable payment fields besides customer, mode, amount and invoices (sorted by label). */
export function paymentFields(collection: string, withCoreFields: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		text('account_id', 'Deposit To Account ID', 'ID of the account the payment is deposited to'),
		number('bank_charges', 'Bank Charges', 'Bank charges deducted from the payment (0 or more)', 'body', { typeOptions: { minValue: 0 } }),
		customFieldsOption(),
		zohoDateField('date', 'Date', 'Date the payment was made; today when unset'),
		text('description', 'Description', 'Description of the payment', 'body', { placeholder: 'Payment for INV-384' }),
		extraJsonOption(collection),
		number('exchange_rate', 'Exchange Rate', 'Exchange rate between the invoices\' currency and the customer\'s currency (greater than 0; 1 by default)', 'body', { typeOptions: { minValue: 0 }, default: 1 }),
		text('reference_number', 'Reference Number', 'Your reference for the payment, e.g. a check or transfer number', 'body', { placeholder: 'INV-384' }),
		text('tax_account_id', 'Tax Account ID', 'ID of the account used for tax deducted at source'),
	];
	if (withCoreFields) {
		fields.push(
			number('amount', 'Amount', 'Amount of the payment (greater than 0)', 'body', { typeOptions: { minValue: 0 } }),
			text('customer_id', 'Customer ID', 'ID of the customer who made the payment', 'body', { placeholder: '903000000000099' }),
			invoicesOption('invoices', 'The invoices the payment is applied to, replacing the current list; the amounts applied add up to at most the payment\'s amount'),
			choice('payment_mode', 'Payment Mode', 'How the payment was made', PAYMENT_MODES, 'body', { default: 'cash' }),
		);
	}
	return byDisplayName(fields);
}

/** Checks shared by Create and Update, for fields inside the given collection. */
export const paymentChecks = (collection: string) => [
	zohoDateCheck(`${collection}.date`, 'Date'),
	check(`${collection}.bank_charges`, 'Bank Charges', [nonNegativeNumber]),
	check(`${collection}.exchange_rate`, 'Exchange Rate', [positiveNumber]),
];

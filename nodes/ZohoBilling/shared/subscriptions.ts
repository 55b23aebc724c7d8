import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { providerError } from '../../shared/errors';
import { check, failInput as fail, isEmail, nonNegativeNumber, positiveInteger, positiveNumber } from '../../shared/validation';
import { isZohoId } from './fields';
import { recordLocator } from './descriptions';
import { assertZohoSuccess } from './transport';

/**
 * Helpers shared by the "subscriptions" resources (subscriptions, unbilled charges, hosted pages):
 * outputs Zoho shapes the generic helpers do not cover, checks, and the field builders that
 * subscriptions and hosted pages have in common (customer, plan, add-ons, payment gateways).
 */

/* ------------------------------------------------------------------------------------------------
 * Outputs
 * ---------------------------------------------------------------------------------------------- */

function missing(context: IExecuteSingleFunctions, what: string, body: IDataObject): never {
	throw providerError(context.getNode(), {
		message: `Zoho Billing answered without the expected ${what}`,
		description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}.`,
		itemIndex: context.getItemIndex(),
	});
}

/**
 * Output of an answer whose record comes under the first of several keys present (Add Charge and
 * Buy One-Time Add-On answer `invoice`, or `unbilled_charge` when the charge is kept unbilled).
 */
export function zohoRecordOf(keys: string[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		for (const key of keys) {
			const record = body[key];
			if (record && typeof record === 'object' && !Array.isArray(record)) return [{ json: record as IDataObject }];
		}
		return missing(this, keys.map((k) => `"${k}"`).join(' or ') + ' object', body);
	};
}

/**
 * Output of Retrieve a Hosted Page: Zoho answers with the hosted page's fields at the top level,
 * next to `code` and `message` (a `hostedpage` object is taken as well, if one comes).
 */
export function zohoHostedPageRecord(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		if (body.hostedpage && typeof body.hostedpage === 'object') return [{ json: body.hostedpage as IDataObject }];
		const { code: _code, message: _message, ...page } = body;
		if (page.hostedpage_id === undefined) missing(this, '"hostedpage_id"', body);
		return [{ json: page }];
	};
}

/**
 * Output of Add a Note: Zoho documents `note: { notes: [ {note_id, description, …} ] }`; the node
 * outputs the note itself (a `note` object with a `note_id` is taken as it is).
 */
export function zohoNoteRecord(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const note = body.note as IDataObject | undefined;
		if (!note || typeof note !== 'object') return missing(this, '"note" object', body);
		const notes = note.notes;
		if (note.note_id === undefined && Array.isArray(notes) && notes.length === 1) return [{ json: notes[0] as IDataObject }];
		return [{ json: note }];
	};
}

/** Output of an answer holding a list that is not paged (recent activities): one item per entry. */
export function zohoEntries(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const entries = body[key];
		if (!Array.isArray(entries)) return missing(this, `"${key}" list`, body);
		return (entries as IDataObject[]).map((json) => ({ json }));
	};
}

/** Output of an action whose answer carries something worth keeping: `{ success, message, [as]: body[key] }`. */
export function zohoActionResultWith(key: string, as: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		return [{ json: { success: true, message: body.message ?? 'success', ...(body[key] !== undefined ? { [as]: body[key] } : {}) } }];
	};
}

/* ------------------------------------------------------------------------------------------------
 * Checks (for `check(...)`; each returns the problem, or undefined)
 * ---------------------------------------------------------------------------------------------- */

export { isEmail };

export { isZohoId };

/** Comma-separated Zoho IDs, at least one. */
export const isIdList = (value: unknown): string | undefined => {
	const ids = splitIds(value);
	if (ids.length === 0) return 'enter at least one ID';
	const bad = ids.find((id) => !/^[0-9]+$/.test(id));
	return bad === undefined ? undefined : `"${bad}" is not a Zoho ID (digits only, such as 903000000045027)`;
};

/** A whole number of 0 or more. */
export const nonNegativeInteger = (value: unknown): string | undefined => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isInteger(n) && n >= 0 ? undefined : `must be a whole number of 0 or more (got ${String(value)})`;
};

/** Billing cycles: -1 (until cancelled) or a whole number of 1 or more. */
export const isBillingCycles = (value: unknown): string | undefined => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isInteger(n) && (n === -1 || n >= 1)
		? undefined
		: `must be -1 (renew until cancelled) or a whole number of 1 or more (got ${String(value)})`;
};

export function splitIds(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

function read(context: IExecuteSingleFunctions, parameter: string, extractValue = false): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue });
	} catch {
		return undefined;
	}
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Checks the add-on entries of an Add-Ons fixed collection (at `path`): each needs a code, a
 * quantity of 1 or more and a price of 0 or more; `atLeastOne` when the operation needs add-ons.
 */
export function addonChecks(path: string, label: string, atLeastOne = false): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const entries = (read(this, path) as IDataObject[] | undefined) ?? [];
		if (atLeastOne && entries.length === 0) fail(this, label, 'add at least one add-on (its code and quantity)');
		entries.forEach((entry, i) => {
			const which = entries.length > 1 ? `add-on ${i + 1}` : 'the add-on';
			if (blank(entry.addon_code)) fail(this, label, `${which} has no add-on code`);
			const quantity = positiveNumber.call(this, entry.quantity);
			if (quantity) fail(this, label, `quantity of ${which} ${quantity}`);
			if (!blank(entry.price)) {
				const price = nonNegativeNumber.call(this, entry.price);
				if (price) fail(this, label, `price of ${which} ${price}`);
			}
		});
		return requestOptions;
	};
}

/**
 * Online (auto-collect) subscriptions charge a card or a bank account: with Auto Collect on, a
 * Card ID or a Bank Account ID is needed (Zoho's rule for creating online subscriptions).
 */
export function autoCollectCheck(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const fields = (read(this, collection) as IDataObject | undefined) ?? {};
		if (fields.auto_collect === true && blank(fields.card_id) && blank(fields.account_id)) {
			fail(
				this,
				'Auto Collect',
				'an online subscription needs the card or bank account to charge: set Card ID or Bank Account ID, or turn Auto Collect off (offline: invoices are paid by other means)',
			);
		}
		return requestOptions;
	};
}

/** Sends an optional record picker as a query parameter only when it is set. */
export function optionalQuery(parameter: string, property: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = read(this, parameter, true);
		if (blank(value)) return requestOptions;
		requestOptions.qs = { ...(requestOptions.qs ?? {}), [property]: String(value).trim() };
		return requestOptions;
	};
}

/* ------------------------------------------------------------------------------------------------
 * Field builders
 * ---------------------------------------------------------------------------------------------- */

/** Options of a collection in the order n8n shows them: by display name. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const show = (resource: string, operations: string[], extra: IDataObject = {}): INodeProperties['displayOptions'] => ({
	show: { resource: [resource], operation: operations, ...extra },
});

/**
 * The subscription picker. No "By URL" mode: operations put `$parameter.subscriptionId` in their
 * URL, and n8n hands expressions the raw value of a picker, so a pasted address would reach the path.
 */
export const subscriptionLocator = (
	resource: string,
	operations: string[],
	send?: { type: 'body' | 'query'; property: string },
): INodeProperties => ({
	...recordLocator({
		name: 'subscriptionId',
		displayName: 'Subscription',
		resource,
		operations,
		searchListMethod: 'searchSubscriptions',
		idPlaceholder: '903000000079200',
		description: 'The subscription: pick it from the list or enter its subscription_id',
		send,
	}),
});

/** Existing customer or new customer, for Create Subscription and the New Subscription hosted page. */
export function customerFields(resource: string, operations: string[]): INodeProperties[] {
	return [
		{
			displayName: 'Customer Type',
			name: 'customerType',
			type: 'options',
			noDataExpression: true,
			default: 'existing',
			description: 'Subscribe an existing Zoho customer (by ID), or create the customer together with the subscription',
			displayOptions: show(resource, operations),
			options: [
				{ name: 'Existing Customer', value: 'existing', description: 'Pick the customer or enter its customer_id' },
				{ name: 'New Customer', value: 'new', description: 'Zoho creates the customer from a display name and an email' },
			],
		},
		{
			...recordLocator({
				name: 'customerId',
				displayName: 'Customer',
				resource,
				operations,
				searchListMethod: 'searchCustomers',
				idPlaceholder: '903000000000099',
				description: 'The existing customer to subscribe: pick it from the list or enter its customer_id',
			}),
			displayOptions: show(resource, operations, { customerType: ['existing'] }),
			routing: { send: { type: 'body', property: 'customer_id', preSend: [check('customerId', 'Customer', [isZohoId], true)] } },
		},
		{
			displayName: 'Customer Display Name',
			name: 'customerDisplayName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Bowman Furniture',
			description: 'Name of the new customer as shown in Zoho and on invoices',
			displayOptions: show(resource, operations, { customerType: ['new'] }),
			routing: {
				send: {
					type: 'body',
					property: 'customer.display_name',
					preSend: [check('customerDisplayName', 'Customer Display Name', [], true)],
				},
			},
		},
		{
			displayName: 'Customer Email',
			name: 'customerEmail',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Email address of the new customer (invoices and receipts go there)',
			displayOptions: show(resource, operations, { customerType: ['new'] }),
			routing: {
				send: { type: 'body', property: 'customer.email', preSend: [check('customerEmail', 'Customer Email', [isEmail], true)] },
			},
		},
		{
			displayName: 'Customer Details',
			name: 'customerDetails',
			type: 'collection',
			placeholder: 'Add Detail',
			default: {},
			description: 'More about the new customer; sent inside Zoho\'s customer object',
			displayOptions: show(resource, operations, { customerType: ['new'] }),
			options: [
				customerAddress('billingAddress', 'Billing Address', 'customer.billing_address'),
				customerString('company_name', 'Company Name', 'Registered name of the company the customer represents'),
				customerString('currency_code', 'Currency Code', 'Currency the customer pays in, as an ISO code such as USD or EUR (defaults to the organization\'s)'),
				customerString('first_name', 'First Name', 'First name of the customer\'s contact'),
				customerString('last_name', 'Last Name', 'Last name of the customer\'s contact'),
				{
					displayName: 'Payment Terms (Days)',
					name: 'payment_terms',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'Days the customer has to pay an invoice (0 = due on receipt)',
					routing: { send: { type: 'body', property: 'customer.payment_terms' } },
				},
				customerString('salutation', 'Salutation', 'Salutation such as Mr. or Ms.'),
				customerAddress('shippingAddress', 'Shipping Address', 'customer.shipping_address'),
			],
		},
	];
}

function customerString(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		routing: { send: { type: 'body', property: `customer.${name}` } },
	};
}

function customerAddress(name: string, displayName: string, property: string): INodeProperties {
	const field = (fieldName: string, label: string): INodeProperties => ({ displayName: label, name: fieldName, type: 'string', default: '' });
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: `Add ${displayName}`,
		default: {},
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					field('attention', 'Attention'),
					field('city', 'City'),
					field('country', 'Country'),
					field('fax', 'Fax'),
					field('state', 'State'),
					field('street', 'Street'),
					field('zip', 'ZIP / Postal Code'),
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property,
				value: '={{ Object.fromEntries(Object.entries($value.address || {}).filter(([, v]) => v !== "")) }}',
			},
		},
	};
}

/** Checks for the new customer's details (currency code). */
export const customerDetailChecks = [
	check('customerDetails.currency_code', 'Currency Code', [
		(v: unknown) => (/^[A-Z]{3}$/.test(String(v)) ? undefined : `"${String(v)}" is not a currency code: use three capital letters such as USD`),
	]),
];

/** The plan picker (plans are addressed by plan code), sent as `plan.plan_code`. */
export const planCodeLocator = (resource: string, operations: string[], description: string): INodeProperties => ({
	...recordLocator({
		name: 'planCode',
		displayName: 'Plan',
		resource,
		operations,
		searchListMethod: 'searchPlans',
		idRegex: null,
		idPlaceholder: 'basic-monthly',
		description,
	}),
	routing: { send: { type: 'body', property: 'plan.plan_code', preSend: [check('planCode', 'Plan', [], true)] } },
});

/** Per-subscription plan settings, sent inside Zoho's `plan` object. */
export function planDetailsField(resource: string, operations: string[]): INodeProperties {
	const plan = (property: string) => ({ send: { type: 'body' as const, property: `plan.${property}` } });
	return {
		displayName: 'Plan Details',
		name: 'planDetails',
		type: 'collection',
		placeholder: 'Add Plan Detail',
		default: {},
		description: 'Settings of the plan for this subscription only; unset ones come from the plan',
		displayOptions: show(resource, operations),
		options: [
			{
				displayName: 'Billing Cycles',
				name: 'billing_cycles',
				type: 'number',
				default: -1,
				description: 'How many times the subscription renews before it expires; -1 renews until cancelled',
				routing: plan('billing_cycles'),
			},
			{
				displayName: 'Exclude Setup Fee',
				name: 'exclude_setup_fee',
				type: 'boolean',
				default: false,
				description: 'Whether to leave out the plan\'s setup fee for this subscription',
				routing: plan('exclude_setup_fee'),
			},
			{
				displayName: 'Exclude Trial',
				name: 'exclude_trial',
				type: 'boolean',
				default: false,
				description: 'Whether to skip the plan\'s free trial for this subscription',
				routing: plan('exclude_trial'),
			},
			{
				displayName: 'Plan Description',
				name: 'plan_description',
				type: 'string',
				default: '',
				description: 'Shown instead of the plan name on this subscription\'s invoices',
				routing: plan('plan_description'),
			},
			{
				displayName: 'Price',
				name: 'price',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'Price per unit of the plan for this subscription (overrides the plan\'s price)',
				routing: plan('price'),
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'How many units of the plan (e.g. seats)',
				routing: plan('quantity'),
			},
			{
				displayName: 'Setup Fee',
				name: 'setup_fee',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'One-time setup fee for this subscription (overrides the plan\'s)',
				routing: plan('setup_fee'),
			},
			{
				displayName: 'Tax ID',
				name: 'tax_id',
				type: 'string',
				default: '',
				description: 'ID of the tax or tax group applied to the plan',
				routing: plan('tax_id'),
			},
			{
				displayName: 'Trial Days',
				name: 'trial_days',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Free trial days for this subscription (overrides the plan\'s trial period)',
				routing: plan('trial_days'),
			},
		],
	};
}

/** Checks for the Plan Details collection. */
export const planDetailChecks = [
	check('planDetails.quantity', 'Plan Details → Quantity', [positiveInteger]),
	check('planDetails.price', 'Plan Details → Price', [nonNegativeNumber]),
	check('planDetails.setup_fee', 'Plan Details → Setup Fee', [nonNegativeNumber]),
	check('planDetails.trial_days', 'Plan Details → Trial Days', [nonNegativeInteger]),
	check('planDetails.billing_cycles', 'Plan Details → Billing Cycles', [isBillingCycles]),
];

/**
 * Add-Ons as Zoho's `addons: [{ addon_code, quantity, price?, addon_description?, tax_id? }]`.
 * Price 0 (the default) keeps the add-on's own price; empty texts are left out.
 */
export function addonsOption(description: string, withDescription = true): INodeProperties {
	const values: INodeProperties[] = [
		{
			displayName: 'Add-On Code',
			name: 'addon_code',
			type: 'string',
			default: '',
			placeholder: 'Email-basic',
			description: 'Code of the add-on (Zoho addresses add-ons by code)',
		},
		...(withDescription
			? [
					{
						displayName: 'Description',
						name: 'addon_description',
						type: 'string' as const,
						default: '',
						description: 'Shown instead of the add-on name on invoices',
					},
				]
			: []),
		{
			displayName: 'Price',
			name: 'price',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Price per unit for this subscription; 0 keeps the add-on\'s own price',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
		},
		{
			displayName: 'Tax ID',
			name: 'tax_id',
			type: 'string',
			default: '',
			description: 'ID of the tax or tax group applied to the add-on',
		},
	];
	return {
		displayName: 'Add-Ons',
		name: 'addons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Add-On',
		default: {},
		description,
		options: [{ displayName: 'Add-On', name: 'addon', values }],
		routing: {
			send: {
				type: 'body',
				property: 'addons',
				value:
					'={{ ($value.addon || []).map(a => Object.fromEntries(Object.entries(a).filter(([k, v]) => v !== "" && v !== null && v !== undefined && !(k === "price" && Number(v) === 0)))) }}',
			},
		},
	};
}

/** Payment gateways Zoho can charge through, as `payment_gateways: [{ payment_gateway }]`. */
export function paymentGatewaysOption(description: string): INodeProperties {
	return {
		displayName: 'Payment Gateways',
		name: 'payment_gateways',
		type: 'multiOptions',
		default: [],
		description,
		options: [
			{ name: '2Checkout', value: '2checkout' },
			{ name: 'Authorize.Net', value: 'authorize_net' },
			{ name: 'Forte', value: 'forte' },
			{ name: 'PayPal Payflow Pro', value: 'payflow_pro' },
			{ name: 'PayPal Payments Pro', value: 'payments_pro' },
			{ name: 'Stripe', value: 'stripe' },
			{ name: 'Test Gateway', value: 'test_gateway' },
			{ name: 'WePay', value: 'wepay' },
			{ name: 'Worldpay', value: 'worldpay' },
		],
		routing: {
			send: { type: 'body', property: 'payment_gateways', value: '={{ $value.map(g => ({ payment_gateway: g })) }}' },
		},
	};
}

/** Contact persons (comma-separated IDs) as `contactpersons: [{ contactperson_id }]`. */
export function contactPersonsOption(displayName = 'Contact Person IDs', name = 'contactpersons'): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: '903000000000099, 903000000000101',
		description: 'IDs of the customer\'s contact persons who receive this subscription\'s emails, separated by commas',
		routing: {
			send: {
				type: 'body',
				property: 'contactpersons',
				value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s).map(id => ({ contactperson_id: id })) }}',
			},
		},
	};
}

/** The Redirect URL option of the hosted pages. */
export const redirectUrlOption: INodeProperties = {
	displayName: 'Redirect URL',
	name: 'redirect_url',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/thank-you',
	description: 'Where Zoho sends the customer after a successful payment (a full URL)',
	routing: { send: { type: 'body', property: 'redirect_url' } },
};

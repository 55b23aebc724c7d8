import type { INodeProperties } from 'n8n-workflow';

import { check, isCurrencyCode, isEmail, maxLength, nonNegativeNumber } from '../../../shared/validation';
import { customerLocator } from '../../shared/descriptions';
import { addressOption, byDisplayName, currencyField, customFieldsOption, extraJsonOption, MEXICO_TAX_TREATMENTS, sentAsText, tagsOption } from '../../shared/fields';
import { boolean, choice, number, text } from '../../../shared/fields';

export const customerId = (operations: string[]): INodeProperties => customerLocator('customer', operations);

/** Mexican tax regimes Zoho accepts in `tax_regime` (OAS customers.yml). */
const TAX_REGIMES: Array<[string, string]> = [
	['agricultural_livestock', 'Agricultural, Livestock, Forestry and Fishing'],
	['coordinated', 'Coordinated'],
	['divident_income', 'Dividend Income'],
	['general_legal_person', 'General Legal Person'],
	['income_obtaining_price', 'Income From Obtaining Prizes'],
	['income_through_technology_platform', 'Income Through Technology Platforms'],
	['individual_business_professional', 'Individual Business and Professional Activities'],
	['interest_income', 'Interest Income'],
	['lease', 'Lease'],
	['legal_entities_non_profit', 'Legal Entities (Non-Profit)'],
	['no_tax_obligation', 'No Tax Obligation'],
	['optional_group_of_companies', 'Optional Group of Companies'],
	['other_income', 'Other Income'],
	['production_cooperative_societies', 'Production Cooperative Societies'],
	['property_disposal_acquisition', 'Property Disposal or Acquisition'],
	['resident_abroad', 'Resident Abroad'],
	['simplified_trust', 'Simplified Trust'],
	['tax_incorporation', 'Tax Incorporation'],
	['wages_salaries_income', 'Wages and Salaries Income'],
];

/** Fields Zoho's contract has for creating a customer but not for updating one. */
const CREATE_ONLY = ['ach_supported', 'department', 'designation', 'notes', 'payment_terms', 'payment_terms_label', 'website'];

/** The writable customer fields besides the display name, as Zoho names them (sorted by label). */
export function customerFields(collection: string, withDisplayName: boolean): INodeProperties[] {
	return byDisplayName(allCustomerFields(collection, withDisplayName).filter((field) => collection !== 'updateFields' || !CREATE_ONLY.includes(field.name)));
}

function allCustomerFields(collection: string, withDisplayName: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		boolean('ach_supported', 'ACH Supported', 'Whether ACH (US bank debit) payments are supported for the customer'),
		addressOption('billingAddress', 'Billing Address', 'billing_address'),
		text('company_name', 'Company Name', 'Registered name of the company the customer represents', 'body', { placeholder: 'Bowman Furniture' }),
		currencyField('currency_code', 'ISO 4217 code of the currency the customer pays in; the organization\'s currency when unset. Cannot be changed once the customer has transactions.'),
		customFieldsOption(),
		{
			displayName: 'Default Templates',
			name: 'defaultTemplates',
			type: 'fixedCollection',
			placeholder: 'Add Default Templates',
			default: {},
			description: 'The invoice and credit note templates used for this customer',
			options: [
				{
					displayName: 'Templates',
					name: 'templates',
					values: [
						{ displayName: 'Credit Note Template ID', name: 'creditnote_template_id', type: 'string', default: '' },
						{ displayName: 'Invoice Template ID', name: 'invoice_template_id', type: 'string', default: '' },
					],
				},
			],
			routing: {
				send: {
					type: 'body',
					property: 'default_templates',
					value: '={{ Object.fromEntries(Object.entries($value.templates || {}).filter(([, v]) => v !== "")) }}',
				},
			},
		},
		text('department', 'Department', 'The customer\'s department', 'body', { placeholder: 'Marketing' }),
		text('designation', 'Designation', 'The customer\'s job title', 'body', { placeholder: 'Evangelist' }),
		text('email', 'Email', 'Email address of the customer (one address); Zoho sends invoices and notifications to it', 'body', { placeholder: 'benjamin.george@example.com' }),
		extraJsonOption(collection),
		text('facebook', 'Facebook', 'Facebook profile of the customer'),
		text('first_name', 'First Name', 'First name of the customer'),
		text('gst_no', 'GST Number', 'GSTIN of the customer (India GST organizations only)', 'body', { placeholder: '33AAAAA0000A1Z5' }),
		choice('gst_treatment', 'GST Treatment', 'GST treatment of the customer (India GST organizations only)', [
			{ name: 'Registered Business', value: 'business_gst' },
			{ name: 'Unregistered Business', value: 'business_none' },
			{ name: 'Consumer', value: 'consumer' },
			{ name: 'Overseas', value: 'overseas' },
		], 'body', { default: 'business_gst' }),
		boolean('is_portal_enabled', 'Client Portal Enabled', 'Whether the customer can sign in to the client portal'),
		sentAsText(boolean('is_taxable', 'Taxable', 'Whether tax is charged on the customer\'s transactions (sales tax and GST organizations); sent as "true" or "false", the text Zoho\'s API takes')),
		boolean('is_tds_registered', 'TDS Registered', 'Whether the customer is registered for tax withholding (Mexico organizations only)'),
		text('last_name', 'Last Name', 'Last name of the customer'),
		text('mobile', 'Mobile', 'The customer\'s mobile phone number'),
		text('notes', 'Notes', 'A short note about the customer'),
		number('payment_terms', 'Payment Terms (Days)', 'Net payment term in days (0 = due on receipt)', 'body', { typeOptions: { minValue: 0 } }),
		text('payment_terms_label', 'Payment Terms Label', 'Text shown for the payment terms, e.g. "Net 15"', 'body', { placeholder: 'Net 15' }),
		text('phone', 'Phone', 'The customer\'s landline number'),
		text('place_of_contact', 'Place of Contact', 'State code of the customer\'s place of supply (India GST organizations only), e.g. TN', 'body', { placeholder: 'TN' }),
		text('salutation', 'Salutation', 'Salutation of the customer, e.g. Mr. or Ms.', 'body', { placeholder: 'Mr.' }),
		addressOption('shippingAddress', 'Shipping Address', 'shipping_address'),
		text('skype', 'Skype', 'Skype ID of the customer'),
		tagsOption,
		text('tax_authority_id', 'Tax Authority ID', 'ID of the tax authority (US sales tax organizations; needed to apply a tax exemption). Give either the ID or the name.'),
		text('tax_authority_name', 'Tax Authority Name', 'Name of the tax authority (US sales tax organizations). Give either the ID or the name.'),
		text('tax_exemption_code', 'Tax Exemption Code', 'Code of the tax exemption applied to the customer (sales tax and GST organizations)'),
		text('tax_exemption_id', 'Tax Exemption ID', 'ID of the tax exemption applied to the customer (sales tax and GST organizations)'),
		text('tax_id', 'Tax ID', 'ID of the tax or tax group charged to the customer (needs Taxable)'),
		choice('tax_regime', 'Tax Regime', 'Tax regime of the customer (Mexico organizations only)', TAX_REGIMES.map(([value, name]) => ({ name, value })), 'body', { default: 'general_legal_person' }),
		text('tax_reg_no', 'Tax Registration Number', 'RFC of the customer (Mexico organizations only); consumers XAXX010101000, overseas XEXX010101000'),
		choice('tax_treatment', 'Tax Treatment', 'Tax treatment of the customer (Mexico organizations only)', MEXICO_TAX_TREATMENTS, 'body', { default: 'home_country_mexico' }),
		text('tds_tax_id', 'TDS Tax ID', 'ID of the withholding (TDS) tax (Mexico organizations only)'),
		text('twitter', 'Twitter', 'Twitter handle of the customer'),
		text('vat_reg_no', 'VAT Registration Number', 'VAT registration number of the customer, 2 to 12 characters (UK/EU VAT organizations)'),
		choice('vat_treatment', 'VAT Treatment', 'VAT treatment of the customer (UK VAT organizations)', [
			{ name: 'UK Business', value: 'uk' },
			{ name: 'EU VAT Registered (Northern Ireland Protocol)', value: 'eu_vat_registered' },
			{ name: 'Overseas', value: 'overseas' },
		], 'body', { default: 'uk' }),
		text('website', 'Website', 'The customer\'s website', 'body', { placeholder: 'www.example.com' }),
	];
	if (withDisplayName) {
		fields.push(displayNameField('Name shown in Zoho and on invoices'));
	}
	return fields;
}

function displayNameField(description: string): INodeProperties {
	return {
		displayName: 'Display Name',
		name: 'display_name',
		type: 'string',
		default: '',
		placeholder: 'Bowman Furniture',
		description,
		routing: { send: { type: 'body', property: 'display_name' } },
	};
}

/** The required display name of Create. */
export const displayNameParameter: INodeProperties = {
	displayName: 'Display Name',
	name: 'displayName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Bowman Furniture',
	description: 'Name of the customer, shown in Zoho Billing and on invoices',
	displayOptions: { show: { resource: ['customer'], operation: ['create'] } },
	routing: {
		send: { type: 'body', property: 'display_name', preSend: [check('displayName', 'Display Name', [maxLength(200)], true)] },
	},
};

/** Checks shared by Create and Update, for fields inside the given collection. */
export const customerChecks = (collection: string) => [
	check(`${collection}.display_name`, 'Display Name', [maxLength(200)]),
	check(`${collection}.email`, 'Email', [isEmail]),
	check(`${collection}.currency_code`, 'Currency Code', [isCurrencyCode]),
	check(`${collection}.payment_terms`, 'Payment Terms (Days)', [nonNegativeNumber]),
	check(`${collection}.vat_reg_no`, 'VAT Registration Number', [
		(value) => (String(value).length < 2 || String(value).length > 12 ? 'must be 2 to 12 characters' : undefined),
	]),
];

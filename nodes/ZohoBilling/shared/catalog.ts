import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';

import { failInput as fail } from '../../shared/validation';
import { returnAllAndLimit } from '../../shared/descriptions';
import { showFor } from './descriptions';
import { zohoApiRequest } from './transport';
import { idNumber } from './contractTypes';

/**
 * Builders shared by the catalog resources (plans, add-ons, coupons, items, price lists):
 * Get Many fields, lists of plan/add-on codes, tax and tag fields, and checks on numbers and
 * lists that the shared validation helpers do not cover.
 */

type ValueCheck = (this: IExecuteSingleFunctions, value: unknown) => string | undefined;

function readParameter(context: IExecuteSingleFunctions, path: string): unknown {
	try {
		return context.getNodeParameter(path, undefined);
	} catch {
		return undefined;
	}
}

/** Options sorted by display name, as n8n's editor and lint expect. */
export function byDisplayName(properties: INodeProperties[]): INodeProperties[] {
	return [...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/* ------------------------------------------------------------------------------------------------
 * Number checks
 * ---------------------------------------------------------------------------------------------- */

const asNumber = (value: unknown) => (typeof value === 'number' ? value : Number(value));

/** A whole number of at least `min`. */
export const wholeNumberFrom =
	(min: number): ValueCheck =>
	(value) => {
		const n = asNumber(value);
		return Number.isInteger(n) && n >= min ? undefined : `must be a whole number of ${min} or more (got ${String(value)})`;
	};

/** A number of at most `max`. */
export const atMost =
	(max: number, what = ''): ValueCheck =>
	(value) => {
		const n = asNumber(value);
		return Number.isFinite(n) && n <= max ? undefined : `must be at most ${max}${what} (got ${String(value)})`;
	};

export { isZohoId as zohoId } from './fields';

/** Zoho's billing cycles: -1 (until cancelled) or a whole number of 1 or more. */
export const billingCycles: ValueCheck = (value) => {
	const n = asNumber(value);
	return n === -1 || (Number.isInteger(n) && n >= 1)
		? undefined
		: `must be -1 (renew until cancelled) or a whole number of 1 or more (got ${String(value)})`;
};

/* ------------------------------------------------------------------------------------------------
 * Get Many
 * ---------------------------------------------------------------------------------------------- */

/** Return All, Limit and (when given) a Filters collection for a Get Many operation. */
export function getManyProperties(resource: string, filters: INodeProperties[] = []): INodeProperties[] {
	const properties: INodeProperties[] = [
		...returnAllAndLimit(resource, 'getAll'),
	];
	if (filters.length) {
		properties.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: showFor(resource, ['getAll']),
			options: byDisplayName(filters),
		});
	}
	return properties;
}

/** A query filter inside a Filters collection. */
export function queryFilter(
	name: string,
	displayName: string,
	description: string,
	type: 'string' | 'number' = 'string',
	placeholder?: string,
): INodeProperties {
	return {
		displayName,
		name,
		type,
		default: type === 'number' ? 0 : '',
		...(placeholder ? { placeholder } : {}),
		description,
		routing: { send: { type: 'query', property: name } },
	};
}

/* ------------------------------------------------------------------------------------------------
 * Lists of plan / add-on codes
 * ---------------------------------------------------------------------------------------------- */

/**
 * A list of codes sent as Zoho's array of objects, e.g. `plans: [{ plan_code }]`. Blank entries
 * are dropped. Pass displayOptions to place it at the top level of an operation.
 */
export function codeListField(options: {
	name: string;
	displayName: string;
	entryName: string;
	entryDisplayName: string;
	codeKey: string;
	codeLabel: string;
	placeholder: string;
	description: string;
	property: string;
	displayOptions?: INodeProperties['displayOptions'];
	/** checks that run when the list is shown (e.g. requireCodes) */
	preSend?: PreSendAction[];
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${options.entryDisplayName}`,
		default: {},
		description: options.description,
		...(options.displayOptions ? { displayOptions: options.displayOptions } : {}),
		options: [
			{
				displayName: options.entryDisplayName,
				name: options.entryName,
				values: [
					{
						displayName: options.codeLabel,
						name: 'code',
						type: 'string',
						default: '',
						placeholder: options.placeholder,
					},
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: options.property,
				value: `={{ ($value.${options.entryName} || []).map(e => String(e.code ?? "").trim()).filter(c => c).map(c => ({ ${options.codeKey}: c })) }}`,
				...(options.preSend ? { preSend: options.preSend } : {}),
			},
		},
	};
}

/** Requires at least one non-blank code in a list built with codeListField. */
export function requireCodes(parameter: string, entryName: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = (readParameter(this, parameter) ?? {}) as IDataObject;
		const entries = (value[entryName] as IDataObject[] | undefined) ?? [];
		if (!entries.some((e) => String(e.code ?? '').trim() !== '')) {
			fail(this, label, 'add at least one code (or choose another option than "Selected")');
		}
		return requestOptions;
	};
}

/* ------------------------------------------------------------------------------------------------
 * Tax, tags and other fields shared by plans, add-ons and items
 * ---------------------------------------------------------------------------------------------- */

const bodyString = (name: string, displayName: string, description: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	description,
	routing: { send: { type: 'body', property: name } },
});

/** Tags as Zoho expects them: `tags: [{ tag_id, tag_option_id }]`. */
export const tagsOption: INodeProperties = {
	displayName: 'Tags',
	name: 'tags',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Tag',
	default: {},
	description: 'Reporting tags defined in Zoho Billing, each as a tag ID and the ID of one of its options',
	options: [
		{
			displayName: 'Tag',
			name: 'tag',
			values: [
				{ displayName: 'Tag ID', name: 'tag_id', type: 'string', default: '', placeholder: '460000000054182' },
				{ displayName: 'Tag Option ID', name: 'tag_option_id', type: 'string', default: '', placeholder: '460000000054280' },
			],
		},
	],
	routing: {
		send: {
			type: 'body',
			property: 'tags',
			value: `={{ ($value.tag || []).filter(t => t.tag_id).map(t => ({ tag_id: ${idNumber('t.tag_id')}, tag_option_id: ${idNumber('t.tag_option_id')} })) }}`,
		},
	},
};

/** India GST tax preferences: `item_tax_preferences: [{ tax_id, tax_specification }]`. */
export const itemTaxPreferencesOption: INodeProperties = {
	displayName: 'Item Tax Preferences',
	name: 'itemTaxPreferences',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Tax Preference',
	default: {},
	description: 'India GST only: the tax to apply within a state (intra) and between states (inter)',
	options: [
		{
			displayName: 'Tax Preference',
			name: 'preference',
			values: [
				{ displayName: 'Tax ID', name: 'tax_id', type: 'string', default: '', placeholder: '903000000065300' },
				{
					displayName: 'Tax Specification',
					name: 'tax_specification',
					type: 'options',
					default: 'intra',
					options: [
						{ name: 'Inter (Between States)', value: 'inter' },
						{ name: 'Intra (Within a State)', value: 'intra' },
					],
				},
			],
		},
	],
	routing: {
		send: {
			type: 'body',
			property: 'item_tax_preferences',
			value: '={{ ($value.preference || []).filter(p => p.tax_id).map(p => ({ tax_id: String(p.tax_id), tax_specification: p.tax_specification })) }}',
		},
	},
};

/**
 * Tax fields of plans, add-ons and items, as Zoho names them. Most apply only to some tax
 * editions (US sales tax, India GST, UK VAT, Mexico), as each description says.
 */
export function taxOptions(withIsTaxable: boolean): INodeProperties[] {
	return [
		bodyString('tax_id', 'Tax ID', 'ID of the tax to apply (from Zoho Billing\'s tax settings)', '903000000065300'),
		bodyString('tax_exemption_id', 'Tax Exemption ID', 'Sales tax and GST editions: ID of the tax exemption when the record is not taxable'),
		bodyString('tax_exemption_code', 'Tax Exemption Code', 'Sales tax and GST editions: code of the tax exemption, e.g. GST FREE'),
		bodyString('hsn_or_sac', 'HSN or SAC Code', 'India GST: HSN code (goods) or SAC code (services)', '74191010'),
		bodyString('sat_item_key_code', 'SAT Item Key Code', 'Mexico: SAT item key code from the CFDI catalogs', '71121206'),
		bodyString('unitkey_code', 'SAT Unit Key Code', 'Mexico: SAT unit key code from the CFDI catalogs', 'E48'),
		{
			displayName: 'Product Type',
			name: 'product_type',
			type: 'options',
			default: 'service',
			description: 'VAT and GST editions: whether this is sold as goods or as a service',
			options: [
				{ name: 'Goods', value: 'goods' },
				{ name: 'Service', value: 'service' },
			],
			routing: { send: { type: 'body', property: 'product_type' } },
		},
		itemTaxPreferencesOption,
		...(withIsTaxable
			? [
					{
						displayName: 'Is Taxable',
						name: 'is_taxable',
						type: 'boolean' as const,
						default: true,
						description: 'Whether tax applies (sales tax and GST editions); when not, give a Tax Exemption ID',
						routing: { send: { type: 'body' as const, property: 'is_taxable' } },
					},
				]
			: []),
	];
}

/* ------------------------------------------------------------------------------------------------
 * List searches
 * ---------------------------------------------------------------------------------------------- */

/**
 * A record picker over a Zoho list endpoint: one page (200) per call, filtered on our side by
 * the given fields (name, code, ID…), with Zoho's has_more_page as the next-page token.
 */
export async function searchZohoList(
	context: ILoadOptionsFunctions,
	options: {
		path: string;
		key: string;
		match: string[];
		toResult: (record: IDataObject) => INodeListSearchItems;
		qs?: IDataObject;
		filter?: string;
		paginationToken?: string;
	},
): Promise<INodeListSearchResult> {
	const page = options.paginationToken ? Number(options.paginationToken) : 1;
	const body = await zohoApiRequest(context, 'GET', options.path, { ...(options.qs ?? {}), page, per_page: 200 });
	const needle = (options.filter ?? '').trim().toLowerCase();
	const records = ((body[options.key] as IDataObject[]) ?? []).filter(
		(record) => !needle || options.match.some((field) => String(record[field] ?? '').toLowerCase().includes(needle)),
	);
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: records.map(options.toResult),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}

/** " (inactive)"-style suffix for a record whose status is not active. */
export const statusSuffix = (record: IDataObject, extra: string[] = []): string => {
	const parts = [...extra.filter((p) => p)];
	if (record.status && record.status !== 'active') parts.push(String(record.status).replace(/_/g, ' '));
	return parts.length ? ` (${parts.join(', ')})` : '';
};

/* ------------------------------------------------------------------------------------------------
 * Generic list checks
 * ---------------------------------------------------------------------------------------------- */

/**
 * Checks the entries of a fixed collection (multiple values) one by one; `checkEntry` returns a
 * problem for entry n (1-based) or nothing.
 */
export function checkEntries(
	parameter: string,
	entryName: string,
	label: string,
	checkEntry: (entry: IDataObject, index: number, all: IDataObject[]) => string | undefined,
	options: { atLeastOne?: boolean } = {},
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = (readParameter(this, parameter) ?? {}) as IDataObject;
		const entries = (value[entryName] as IDataObject[] | undefined) ?? [];
		if (options.atLeastOne && entries.length === 0) fail(this, label, 'add at least one entry');
		entries.forEach((entry, index) => {
			const problem = checkEntry(entry, index, entries);
			if (problem) fail(this, label, `entry ${index + 1}: ${problem}`);
		});
		return requestOptions;
	};
}

/** Helpers for checkEntries callbacks. */
export const isWholeFrom = (value: unknown, min: number) => {
	const n = asNumber(value);
	return Number.isInteger(n) && n >= min;
};
export const isNonNegative = (value: unknown) => {
	const n = asNumber(value);
	return value !== '' && value !== null && value !== undefined && Number.isFinite(n) && n >= 0;
};

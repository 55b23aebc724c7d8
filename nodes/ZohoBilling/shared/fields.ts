import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { choice, collection, CURRENCY_OPTIONS, returnAllAndLimit, showFor, text } from '../../shared/fields';
import { check, failInput as fail, isBlank as blank, maxLength, readParameter } from '../../shared/validation';

/**
 * Zoho Billing field builders, on top of the shared vocabulary of ../../shared/fields.ts (text,
 * number, boolean, choice, collection, …): what Zoho adds to a field (its date format, the JSON
 * types its contract gives, custom fields, addresses, tags, taxes, sorting, list filters, files)
 * and how fields are sent when the routing alone cannot say it.
 */

/** Collection options in the order n8n shows them: by display name. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The required Name of a catalog record (product, plan, add-on, coupon, item, price list): at most 100 characters. */
export function requiredName(resource: string, operations: string[], description: string, placeholder: string): INodeProperties {
	return {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description,
		displayOptions: showFor(resource, operations),
		routing: { send: { type: 'body', property: 'name', preSend: [check('name', 'Name', [maxLength(100)], true)] } },
	};
}

/* ------------------------------------------------------------------------------------------------
 * Values in the JSON types of Zoho's API contract: a number or a yes/no the contract types as a
 * string is sent as text, an ID the contract types as an integer as a number (a server that
 * validates its contract refuses a value of another type)
 * ---------------------------------------------------------------------------------------------- */

/** The expression that sends a set value as text (an empty one is left out). */
export const AS_TEXT = '={{ $value === "" || $value === null || $value === undefined ? undefined : String($value) }}';

/** The expression that sends an ID of digits as a JSON number (anything else as it is, for Zoho to refuse). */
export const AS_ID_NUMBER = '={{ /^[0-9]+$/.test(String($value).trim()) ? Number(String($value).trim()) : ($value === "" ? undefined : $value) }}';

/** A field whose value goes into the body as text (contract type string). */
export function sentAsText(field: INodeProperties): INodeProperties {
	const send = field.routing?.send;
	if (!send?.property) throw new Error(`sentAsText: the field "${field.name}" sends nothing`);
	return { ...field, routing: { ...field.routing, send: { ...send, value: AS_TEXT } } };
}

/** A field whose ID goes into the body as a number (contract type integer). */
export function sentAsIdNumber(field: INodeProperties): INodeProperties {
	const send = field.routing?.send;
	if (!send?.property) throw new Error(`sentAsIdNumber: the field "${field.name}" sends nothing`);
	return { ...field, routing: { ...field.routing, send: { ...send, value: AS_ID_NUMBER } } };
}

/** `digits → number` inside a value expression (tags, custom field IDs): `${idNumber('t.tag_id')}`. */
export const idNumber = (expression: string): string => `(/^[0-9]+$/.test(String(${expression}).trim()) ? Number(String(${expression}).trim()) : ${expression})`;

/**
 * A discount Zoho's contract types as a number but describes as "an amount or a percentage, e.g.
 * 12.5% or 190": an amount goes as a number, a percentage as the text Zoho's description gives.
 */
export const AMOUNT_OR_PERCENT = '={{ /^[0-9]+(\\.[0-9]+)?$/.test(String($value).trim()) ? Number(String($value).trim()) : String($value).trim() }}';

/** The tax treatments Zoho's contract allows on invoices and quotes (Mexico organizations). */
export const MEXICO_TAX_TREATMENTS = [
	{ name: 'Border Region (Mexico)', value: 'border_region_mexico' },
	{ name: 'Home Country (Mexico)', value: 'home_country_mexico' },
	{ name: 'Outside Mexico', value: 'non_mexico' },
];

/* ------------------------------------------------------------------------------------------------
 * Dates, currencies and list filters
 * ---------------------------------------------------------------------------------------------- */

/**
 * A date field sent in Zoho's yyyy-mm-dd form (in the body, or as a query filter). The editor's
 * date picker (or an expression giving an ISO date/time) is accepted; the time part is dropped.
 * Use inside a collection (`routing` applies where the field is set) or at the top level with
 * displayOptions.
 */
export function zohoDateField(name: string, displayName: string, description: string, property = name, send: 'body' | 'query' = 'body'): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description: `${description} (sent as yyyy-mm-dd)`,
		routing: {
			send: {
				type: send,
				property,
				value: send === 'query' ? '={{ $value ? String($value).slice(0, 10) : undefined }}' : '={{ $value ? String($value).slice(0, 10) : $value }}',
			},
		},
	};
}

/** A currency code chosen from the ISO 4217 list (searchable in the editor; an expression works too), sent as `property`. */
export function currencyField(name: string, description: string, property = name): INodeProperties {
	return choice(name, 'Currency Code', description, CURRENCY_OPTIONS, 'body', { default: 'USD' }, property);
}

/** A filter of a Zoho list, sent in the query string only when set (Zoho reads `customer_id=` as a filter on nothing). */
export function queryFilter(field: INodeProperties): INodeProperties {
	return {
		...field,
		routing: { send: { type: 'query', property: String(field.routing?.send?.property ?? field.name), value: '={{ $value === "" || $value === null ? undefined : $value }}' } },
	};
}

/** Return All, Limit and (when given) a Filters collection of a Get Many operation. */
export function getManyProperties(resource: string, filters: INodeProperties[] = []): INodeProperties[] {
	return [...returnAllAndLimit(resource, 'getAll'), ...(filters.length ? [collection(resource, ['getAll'], 'filters', 'Filters', filters, 'Add Filter')] : [])];
}

/**
 * Sort column and order of a Zoho list, sent as the `sort_column` and `sort_order` (A or D) query
 * parameters; options of a Filters or Sort collection.
 */
export function sortFields(
	columns: INodePropertyOptions[],
	defaults: { column?: string; order?: 'A' | 'D' } = {},
): INodeProperties[] {
	const sorted = [...columns].sort((a, b) => a.name.localeCompare(b.name));
	const column: INodeProperties = {
		displayName: 'Sort By',
		name: 'sort_column',
		type: 'options',
		default: '',
		description: 'Field the list is sorted by',
		options: sorted,
		routing: { send: { type: 'query', property: 'sort_column' } },
	};
	column.default = defaults.column ?? (sorted[0].value as string);
	const order: INodeProperties = {
		displayName: 'Sort Order',
		name: 'sort_order',
		type: 'options',
		default: 'A',
		description: 'Ascending (A) or descending (D) order',
		options: [
			{ name: 'Ascending', value: 'A' },
			{ name: 'Descending', value: 'D' },
		],
		routing: { send: { type: 'query', property: 'sort_order' } },
	};
	order.default = defaults.order ?? 'A';
	return [column, order];
}

/**
 * For the lists whose contract lists `sort_column` but no `sort_order`: the sort options without
 * the order (Zoho sorts in its own direction), as a filter of `sortFields(…)`.
 */
export const withoutSortOrder = (field: INodeProperties): boolean => field.name !== 'sort_order';

/* ------------------------------------------------------------------------------------------------
 * Custom fields, addresses, tags and taxes
 * ---------------------------------------------------------------------------------------------- */

/**
 * Custom fields as Zoho's contract takes them for the record: by label (`custom_fields: [{ label,
 * value }]`, most records) or by ID (`[{ customfield_id, value }]`: expenses, recurring expenses,
 * items). The entry's field keeps the name `label` either way, so saved workflows stay valid.
 */
export function customFieldsOption(property = 'custom_fields', by: 'label' | 'id' = 'label'): INodeProperties {
	const byId = by === 'id';
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description: byId
			? 'Values of custom fields defined in Zoho Billing, each named by its numeric ID (Zoho takes this record\'s custom fields by ID only)'
			: 'Values of custom fields defined in Zoho Billing, each named by its label (Zoho takes this record\'s custom fields by label only)',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: byId ? 'Custom Field ID' : 'Label',
						name: 'label',
						type: 'string',
						default: '',
						...(byId ? { placeholder: '46000000012845' } : {}),
						description: byId ? 'The custom field\'s numeric ID (customfield_id), as Zoho shows it in the field\'s settings' : 'The custom field\'s label as shown in Zoho',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
					},
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property,
				value: byId
					? '={{ ($value.field || []).map(f => ({ customfield_id: /^[0-9]+$/.test(String(f.label).trim()) ? Number(String(f.label).trim()) : f.label, value: f.value })) }}'
					: '={{ ($value.field || []).map(f => ({ label: f.label, value: f.value })) }}',
				...(byId ? { preSend: [customFieldIdsOnly(property)] } : {}),
			},
		},
	};
}

/** Where Zoho takes custom fields by ID only, a label (or anything but digits) is refused, not sent as an ID. */
function customFieldIdsOnly(property: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const entries = ((requestOptions.body as IDataObject | undefined)?.[property] ?? []) as IDataObject[];
		const wrong = Array.isArray(entries) ? entries.find((entry) => typeof entry.customfield_id !== 'number') : undefined;
		if (wrong) {
			throw new NodeOperationError(this.getNode(), `Custom Fields: "${String(wrong.customfield_id)}" is not a custom field ID`, {
				itemIndex: this.getItemIndex(),
				description: 'Zoho takes the custom fields of this record by their numeric ID only (customfield_id, shown in the field\'s settings in Zoho), not by label. Nothing was sent.',
			});
		}
		return requestOptions;
	};
}

/** The fields of an address as Zoho's contract lists them: a customer's, or an invoice's (which has no attention). */
export const CUSTOMER_ADDRESS_FIELDS = ['attention', 'street', 'city', 'state', 'state_code', 'zip', 'country', 'fax'];
export const INVOICE_ADDRESS_FIELDS = ['street', 'city', 'state', 'zip', 'country', 'fax'];

const ADDRESS_LABELS: Record<string, string> = {
	attention: 'Attention',
	city: 'City',
	country: 'Country',
	fax: 'Fax',
	state: 'State',
	state_code: 'State Code',
	street: 'Street',
	zip: 'ZIP / Postal Code',
};

/**
 * A billing or shipping address as Zoho's object (`billing_address: { street, city, … }`), with the
 * fields Zoho's contract lists for it (`fields`, in Zoho's names). Only the fields set are sent.
 */
export function addressOption(name: string, displayName: string, property: string, fields: string[] = CUSTOMER_ADDRESS_FIELDS): INodeProperties {
	const values: INodeProperties[] = fields
		.map((fieldName) => ({ displayName: ADDRESS_LABELS[fieldName] ?? fieldName, name: fieldName, type: 'string' as const, default: '' }))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: `Add ${displayName}`,
		default: {},
		options: [{ displayName: 'Address', name: 'address', values }],
		routing: {
			send: {
				type: 'body',
				property,
				value: `={{ Object.fromEntries(Object.entries($value.address || {}).filter(([k, v]) => v !== "" && ${JSON.stringify(fields)}.includes(k))) }}`,
			},
		},
	};
}

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
		text('tax_id', 'Tax ID', 'ID of the tax to apply (from Zoho Billing\'s tax settings)', 'body', { placeholder: '903000000065300' }),
		text('tax_exemption_id', 'Tax Exemption ID', 'Sales tax and GST editions: ID of the tax exemption when the record is not taxable'),
		text('tax_exemption_code', 'Tax Exemption Code', 'Sales tax and GST editions: code of the tax exemption, e.g. GST FREE'),
		text('hsn_or_sac', 'HSN or SAC Code', 'India GST: HSN code (goods) or SAC code (services)', 'body', { placeholder: '74191010' }),
		text('sat_item_key_code', 'SAT Item Key Code', 'Mexico: SAT item key code from the CFDI catalogs', 'body', { placeholder: '71121206' }),
		text('unitkey_code', 'SAT Unit Key Code', 'Mexico: SAT unit key code from the CFDI catalogs', 'body', { placeholder: 'E48' }),
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
 * Lists: codes, comma-separated entries, rows of a fixed collection
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

/** The expression that sends a comma-separated field as a JSON array of its entries. */
export const LIST_VALUE =
	'={{ (Array.isArray($value) ? $value : String($value).split(",")).map(s => String(s).trim()).filter(s => s !== "") }}';

/** The expression that sends the rows of a fixed collection, leaving out fields left empty. */
export const rowsValue = (rowKey: string) =>
	`={{ ($value.${rowKey} || []).map(row => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== "" && v !== null && v !== undefined))) }}`;

/* ------------------------------------------------------------------------------------------------
 * The JSON escape hatch for fields the node does not model
 * ---------------------------------------------------------------------------------------------- */

/** Parses the JSON escape hatch and merges it into the body (the node's own fields win). */
export function mergeJsonBody(parameterPath: string, label = 'Extra Fields (JSON)'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		let raw: unknown;
		try {
			raw = this.getNodeParameter(parameterPath, undefined);
		} catch {
			return requestOptions;
		}
		if (raw === undefined || raw === null || raw === '' || raw === '{}') return requestOptions;
		let extra: unknown = raw;
		if (typeof raw === 'string') {
			try {
				extra = JSON.parse(raw);
			} catch (error) {
				throw new NodeOperationError(this.getNode(), `${label}: is not valid JSON (${(error as Error).message})`, {
					itemIndex: this.getItemIndex(),
					description: `Fix the "${label}" field: it must be a JSON object such as {"notes": "…"}. Nothing was sent.`,
				});
			}
		}
		if (!extra || typeof extra !== 'object' || Array.isArray(extra)) {
			throw new NodeOperationError(this.getNode(), `${label}: must be a JSON object such as {"notes": "…"}`, {
				itemIndex: this.getItemIndex(),
				description: `Fix the "${label}" field. Nothing was sent.`,
			});
		}
		const body = (requestOptions.body ?? {}) as IDataObject;
		requestOptions.body = { ...(extra as IDataObject), ...body };
		return requestOptions;
	};
}

/** The JSON escape hatch, as an option of an Additional Fields / Update Fields collection. */
export function extraJsonOption(collection: string): INodeProperties {
	return {
		displayName: 'Extra Fields (JSON)',
		name: 'extraFieldsJson',
		type: 'json',
		default: '{}',
		description:
			'Fields this node does not offer, as a JSON object with Zoho\'s field names; merged into the request body (the node\'s own fields take precedence)',
		routing: { send: { preSend: [mergeJsonBody(`${collection}.extraFieldsJson`)] } },
	};
}

/* ------------------------------------------------------------------------------------------------
 * Files: the binary field of an upload or a download, and the multipart body of an upload
 * ---------------------------------------------------------------------------------------------- */

/** The field naming the input binary property of an upload. */
export function inputBinaryField(resource: string, operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the file to be uploaded',
		description,
		displayOptions: showFor(resource, operations),
	};
}

/** The field naming the output binary property of a download. */
export function outputBinaryField(resource: string, operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		description,
		displayOptions: showFor(resource, operations),
	};
}

const MIME_EXTENSIONS: Record<string, string> = {
	'application/pdf': 'pdf',
	'image/png': 'png',
	'image/gif': 'gif',
	'image/jpeg': 'jpg',
	'image/jpg': 'jpg',
	'image/bmp': 'bmp',
	'image/x-ms-bmp': 'bmp',
};

const quoted = (value: string) => value.replace(/["\r\n\\]/g, '_');

/**
 * Sends a file of the input item as `multipart/form-data`: the file under `fileField` and the
 * given text fields. n8n's declarative routing cannot build such a body, so this preSend builds
 * it as bytes with its own boundary and sets the Content-Type. A byte body (rather than a
 * form-data stream) is what n8n can send again when the OAuth token was refreshed on a 401;
 * n8n refuses to resend a consumed stream.
 */
export function multipartFile(options: {
	binaryParameter: string;
	binaryLabel: string;
	fileField: string;
	allowedExtensions?: string[];
	fields?: (context: IExecuteSingleFunctions) => Record<string, string | undefined>;
}): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const propertyName = String(readParameter(this, options.binaryParameter) ?? '').trim();
		if (!propertyName) fail(this, options.binaryLabel, 'a value is required (the name of the input item\'s binary field, often "data")');
		const item = this.getInputData();
		if (!item?.binary?.[propertyName]) {
			const present = Object.keys(item?.binary ?? {});
			fail(
				this,
				options.binaryLabel,
				`the input item has no binary field "${propertyName}"${present.length ? ` (it has: ${present.join(', ')})` : ' (it has no binary data)'}`,
			);
		}
		const binary = this.helpers.assertBinaryData(propertyName);
		const mimeType = String(binary.mimeType || 'application/octet-stream');
		let fileName = String(binary.fileName ?? '').trim();
		if (!fileName) fileName = `attachment.${binary.fileExtension ?? MIME_EXTENSIONS[mimeType.toLowerCase()] ?? 'bin'}`;
		const extension = (/\.([A-Za-z0-9]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();
		if (options.allowedExtensions && !options.allowedExtensions.includes(extension)) {
			fail(
				this,
				options.binaryLabel,
				`Zoho accepts only ${options.allowedExtensions.join(', ')} files (got "${fileName}")`,
			);
		}
		const data = await this.helpers.getBinaryDataBuffer(propertyName);
		const boundary = `----n8nZohoBilling${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
		const parts: Buffer[] = [];
		const utf8 = (value: string) => Buffer.from(value, 'utf8');
		for (const [name, value] of Object.entries(options.fields?.(this) ?? {})) {
			if (value === undefined) continue;
			parts.push(utf8(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`));
		}
		parts.push(
			utf8(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(options.fileField)}"; filename="${quoted(fileName)}"\r\nContent-Type: ${mimeType}\r\n\r\n`,
			),
			data,
			utf8(`\r\n--${boundary}--\r\n`),
		);
		requestOptions.body = Buffer.concat(parts);
		requestOptions.headers = { ...(requestOptions.headers ?? {}), 'Content-Type': `multipart/form-data; boundary=${boundary}` };
		return requestOptions;
	};
}

/* ------------------------------------------------------------------------------------------------
 * Request shaping the routing alone cannot express
 * ---------------------------------------------------------------------------------------------- */

/**
 * Sends an optional record picker (resource locator) as a query parameter only when it is set,
 * so an empty picker does not send `customer_id=`.
 */
export function optionalQuery(parameter: string, property: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = readParameter(this, parameter);
		if (blank(value)) return requestOptions;
		requestOptions.qs = { ...(requestOptions.qs ?? {}), [property]: String(value).trim() };
		return requestOptions;
	};
}

/** Adds a query parameter when a (possibly nested) parameter is set, e.g. manual numbering. */
export function queryWhenSet(parameterName: string, query: string, value: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (!blank(readParameter(this, parameterName))) requestOptions.qs = { ...(requestOptions.qs ?? {}), [query]: value };
		return requestOptions;
	};
}

/** Adds a body field when a (possibly nested) parameter is set, e.g. manual numbering. */
export function bodyWhenSet(parameterName: string, field: string, value: unknown): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (!blank(readParameter(this, parameterName))) {
			requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), [field]: value };
		}
		return requestOptions;
	};
}

/** Sends the rows of a fixed collection as the whole body: a JSON array (e.g. custom fields by ID). */
export function arrayBody(parameterName: string, rowKey: string, map: (row: IDataObject) => IDataObject): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = readParameter(this, parameterName) as IDataObject | undefined;
		const rows = value && Array.isArray(value[rowKey]) ? (value[rowKey] as IDataObject[]) : [];
		requestOptions.body = rows.map(map);
		return requestOptions;
	};
}

/** Leaves out body objects that ended up empty (e.g. an address section that was not filled in). */
export function dropEmptyObjects(fields: string[]): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = requestOptions.body as IDataObject | undefined;
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			for (const field of fields) {
				const value = body[field];
				if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) delete body[field];
			}
		}
		return requestOptions;
	};
}

/**
 * Time entries: Zoho reads From Date / To Date with `filter_by=Date.CustomDate`; when a date is
 * set and no Filter By is chosen, that filter is added.
 */
export function customDateFilter(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const from = readParameter(this, `${collection}.from_date`);
		const to = readParameter(this, `${collection}.to_date`);
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		if ((!blank(from) || !blank(to)) && blank(qs.filter_by)) {
			requestOptions.qs = { ...qs, filter_by: 'Date.CustomDate' };
		}
		return requestOptions;
	};
}


import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { check, isDateTime } from '../../shared/validation';

/**
 * Field builders shared by the Zoho Billing operations: Zoho dates, custom fields, addresses and
 * the JSON escape hatch for fields the node does not model.
 */

/**
 * A date field sent in Zoho's yyyy-mm-dd form. The editor's date picker (or an expression giving
 * an ISO date/time) is accepted; the time part is dropped. Use inside a collection (`routing` is
 * applied where the field is set) or at the top level with displayOptions.
 */
export function zohoDateField(name: string, displayName: string, description: string, property = name): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description: `${description} (sent as yyyy-mm-dd)`,
		routing: {
			send: {
				type: 'body',
				property,
				value: '={{ $value ? String($value).slice(0, 10) : $value }}',
			},
		},
	};
}

/** A Zoho record ID: digits only. */
export const isZohoId = (value: unknown): string | undefined =>
	/^[0-9]+$/.test(String(value).trim()) ? undefined : `"${String(value)}" is not valid: Zoho IDs are made of digits only`;

/** The check for a date field built with zohoDateField (path may point into a collection). */
export const zohoDateCheck = (parameterPath: string, label: string) => check(parameterPath, label, [isDateTime]);

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

import type { INodeProperties } from 'n8n-workflow';

/**
 * Values sent in the JSON type Zoho's API contract gives a field, whatever kind of field the editor
 * shows for it: a number or a yes/no the contract types as a string is sent as text, an ID the
 * contract types as an integer is sent as a number. (A server that validates its contract refuses
 * a value of another type.)
 */

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

import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { ISO_4217, minorUnits } from './validation';

/**
 * Output shaping shared by the providers: item linking and the marker for answers that could not
 * be read.
 */

/** Marks every output item as coming from the input item being processed (item linking). */
export function pairWithInput(context: IExecuteSingleFunctions, items: INodeExecutionData[]): INodeExecutionData[] {
	const item = context.getItemIndex();
	for (const entry of items) entry.pairedItem = { item };
	return items;
}

/**
 * Thrown by a provider's envelope check when a successful (2xx) answer cannot be read: not JSON,
 * cut off mid-body, or without the object the operation returns. The provider client turns it
 * into an error whose advice depends on the request: a read can simply be run again, a write
 * was probably carried out.
 */
export class UnreadableAnswer extends Error {
	constructor(
		/** What was wrong, e.g. 'an answer that is not JSON ("{\"code\":0,")' */
		readonly what: string,
		readonly status: number | undefined,
		readonly body?: IDataObject,
	) {
		super(what);
		this.name = 'UnreadableAnswer';
	}
}

export function isUnreadableAnswer(error: unknown): error is UnreadableAnswer {
	return Boolean(error && typeof error === 'object' && (error as Error).name === 'UnreadableAnswer' && 'what' in (error as object));
}

/** Lists of records in an output: one item per record. */
export function recordItems(records: IDataObject[]): INodeExecutionData[] {
	return records.map((json) => ({ json }));
}

/**
 * An amount and its currency as a label reads them (a record picker's name): "19.00 USD", with the
 * currency's decimals; an amount in an unknown or missing currency as it came; '' without an amount.
 */
export function moneyLabel(amount: unknown, currency: unknown): string {
	if (amount === undefined || amount === null || amount === '') return '';
	const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
	const n = typeof amount === 'number' ? amount : Number(amount);
	const figure = Number.isFinite(n) && ISO_4217.has(code) ? n.toFixed(minorUnits(code)) : String(amount);
	return code ? `${figure} ${code}` : figure;
}

const present = (value: unknown): boolean => value !== undefined && value !== null && String(value).trim() !== '';

/**
 * A record picker's name: the record's words, a detail in brackets, and " · <ID>" where the words
 * alone may not tell records apart; blank parts are left out ("Pro Monthly: 19.00 USD (Pro) · Pr4k…").
 */
export function pickerName(words: unknown, detail?: unknown, id?: unknown): string {
	let name = present(words) ? String(words).trim() : '';
	if (present(detail)) name = name ? `${name} (${String(detail).trim()})` : String(detail).trim();
	if (present(id)) name = name ? `${name} · ${String(id)}` : String(id);
	return name;
}

import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

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

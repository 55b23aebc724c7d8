import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { HttpFailure } from './errors';
import { isProviderError, readHttpFailure } from './errors';

/** The provider-specific half of sending a request: how its failures read. */
export interface ProviderPolicy {
	/** Turns a failed HTTP exchange into the error the user sees. */
	toApiError(
		this: IExecuteSingleFunctions,
		failure: HttpFailure,
		request: DeclarativeRestApiSettings.ResultOptions,
	): NodeApiError;
}

/** Marks every output item as coming from the input item being processed (item linking). */
export function pairWithInput(
	context: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const item = context.getItemIndex();
	for (const entry of items) entry.pairedItem = { item };
	return items;
}

/**
 * Sends one routing request (n8n builds it from the operation's declarative `routing`, adds the
 * credential and runs its `postReceive` actions) and maps any failure through the provider policy.
 */
export async function sendRoutingRequest(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	policy: ProviderPolicy,
): Promise<INodeExecutionData[]> {
	try {
		return await context.makeRoutingRequest(requestData);
	} catch (error) {
		// both constructors hand back an error of their own class unchanged
		if (isProviderError(error)) throw new NodeApiError(context.getNode(), error as JsonObject);
		if (error instanceof NodeOperationError) throw new NodeOperationError(context.getNode(), error);
		throw policy.toApiError.call(context, readHttpFailure(error), requestData);
	}
}

/** The HTTP method of a routing request, upper-cased (GET when unset, as n8n does). */
export function methodOf(requestData: DeclarativeRestApiSettings.ResultOptions): string {
	return (requestData.options.method ?? 'GET').toUpperCase();
}

/**
 * A sentence for failures where the provider may or may not have carried out a write: such
 * requests are never repeated automatically, because repeating a charge or a creation can
 * do it twice.
 */
export function unknownOutcomeAdvice(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	provider: string,
): string {
	if (methodOf(requestData) === 'GET') return 'Nothing was changed; run the node again later.';
	return `The request changes data, so it was not repeated: ${provider} may or may not have carried it out. Check in ${provider} before running the node again.`;
}

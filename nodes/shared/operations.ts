import type {
	DeclarativeRestApiSettings,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nRequestOperations,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { notice } from './fields';

/**
 * Operations of a resource, the same for every provider: one operation from its parts, and the
 * Operation list of a resource. Every operation's request is sent by its provider's client (the
 * node's `requestOperations.pagination`, or the operation's own paginator): `send.paginate` is set
 * on each.
 */

/** One operation of a resource: its option in the Operation list (name, action, routing) and its fields. */
export interface OperationParts {
	option: INodePropertyOptions;
	properties: INodeProperties[];
}

/**
 * One operation. `description` is one short line (the Operation list shows it); what the user and
 * an AI agent should know about the operation as a whole is its `notice`, shown above its fields.
 */
export function operation(options: {
	resource: string;
	value: string;
	name: string;
	action: string;
	description: string;
	request: DeclarativeRestApiSettings.HttpRequestOptions;
	preSend?: PreSendAction[];
	output: PostReceiveAction[];
	/** A paginator of the provider (lists), or a send of the operation's own */
	pagination?: IN8nRequestOperations['pagination'];
	notice?: string;
	properties?: INodeProperties[];
}): OperationParts {
	return {
		option: {
			name: options.name,
			value: options.value,
			action: options.action,
			description: options.description,
			routing: {
				request: options.request,
				send: { paginate: true, preSend: options.preSend ?? [] },
				...(options.pagination ? { operations: { pagination: options.pagination } } : {}),
				output: { postReceive: options.output },
			},
		},
		properties: [...(options.notice ? [notice(options.resource, [options.value], options.notice)] : []), ...(options.properties ?? [])],
	};
}

/** The Operation list of a resource, its options sorted by name (n8n's rule), then the fields of every operation. */
export function operationSelector(resource: string, operations: OperationParts[], defaultValue: string): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map((entry) => entry.option).sort((a, b) => a.name.localeCompare(b.name)),
			default: defaultValue,
		},
		...operations.flatMap((entry) => entry.properties),
	];
}

/** A request without a body: for POSTs the provider takes with their parameters in the query or path only. */
export const withoutBody: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	delete requestOptions.body;
	return requestOptions;
};

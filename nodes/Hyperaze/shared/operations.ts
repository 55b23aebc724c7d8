import type { INodeProperties, PostReceiveAction, PreSendAction } from 'n8n-workflow';

import { collection, returnAllAndLimit } from '../../shared/fields';
import type { OperationParts } from '../../shared/operations';
import { operation } from '../../shared/operations';
import { required } from '../../shared/validation';
import type { HyperazeEndpoint } from './endpoints';
import { describeEndpoint, inferredNotice } from './endpoints';
import { hyperazeList, hyperazeListPage } from './transport';

/**
 * Builders of the Hyperaze operations of the common shapes: one record by its ID (get, cancel,
 * terminate), and a list. An inferred endpoint is said in the description and in a notice. Other
 * operations are built with the shared `operation` (nodes/shared/operations.ts).
 */

/** An operation on one record, picked or entered in `picker`. */
export function recordOperation(options: {
	resource: string;
	value: string;
	name: string;
	action: string;
	description: string;
	endpoint: HyperazeEndpoint;
	picker: INodeProperties;
	output: PostReceiveAction;
	notice?: string;
}): OperationParts {
	const { resource, value, endpoint, picker } = options;
	return operation({
		...options,
		description: describeEndpoint(endpoint, options.description),
		request: { method: endpoint.method, url: endpoint.path },
		preSend: [required(picker.name, picker.displayName)],
		output: [options.output],
		properties: [...inferredNotice(endpoint, resource, value), picker],
	});
}

/** A list ("Get Many"): read as `hyperazeList` pages it, with Return All and Limit, and its filters if any. */
export function listOperation(options: {
	resource: string;
	action: string;
	description: string;
	endpoint: HyperazeEndpoint;
	preSend?: PreSendAction[];
	filters?: INodeProperties[];
}): OperationParts {
	const { resource, endpoint } = options;
	const value = 'getAll';
	return operation({
		...options,
		value,
		name: 'Get Many',
		description: describeEndpoint(endpoint, options.description),
		request: { method: endpoint.method, url: endpoint.path },
		pagination: hyperazeList,
		output: [hyperazeListPage()],
		properties: [
			...inferredNotice(endpoint, resource, value),
			...returnAllAndLimit(resource, value),
			...(options.filters?.length ? [collection(resource, [value], 'filters', 'Filters', options.filters, 'Add Filter')] : []),
		],
	});
}

import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { failInput as badInput, isBlank } from '../../shared/validation';

/**
 * Input checks of the Hyperaze node that the shared ones (nodes/shared/validation.ts) do not
 * cover. Messages have the same form: "<field label>: <problem>", and nothing is sent.
 */

export { badInput, isBlank };

/** A parameter's value (resource locators give their ID), or undefined when it is not set. */
export function readParameter(context: IExecuteSingleFunctions, parameter: string): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue: true });
	} catch {
		return undefined;
	}
}

type Check = (this: IExecuteSingleFunctions, value: unknown) => string | undefined;

/** One of a fixed list of values (Hyperaze's enumerations), compared exactly. */
export const oneOf =
	(allowed: readonly string[], what: string): Check =>
	(value) =>
		allowed.includes(String(value))
			? undefined
			: `"${String(value)}" is not ${what} Hyperaze accepts: use one of ${allowed.join(', ')}`;

/** A whole number of at least `min`. */
export const wholeNumberAtLeast =
	(min: number): Check =>
	(value) => {
		const n = typeof value === 'number' ? value : Number(value);
		return Number.isInteger(n) && n >= min ? undefined : `must be a whole number of ${min} or more (got ${String(value)})`;
	};

/**
 * An optional field (in a collection) that was added but left empty: refused rather than sent
 * empty, since Hyperaze would read an empty ID as a value.
 */
export function notEmptyWhenAdded(parameter: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = readParameter(this, parameter);
		if (value !== undefined && isBlank(value)) badInput(this, label, 'a value is required (or remove the field)');
		return requestOptions;
	};
}

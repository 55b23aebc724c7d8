import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { failInput, isBlank, readParameter } from '../../shared/validation';

/**
 * Input checks of the Hyperaze node that the shared ones (nodes/shared/validation.ts) do not
 * cover. Messages have the same form: "<field label>: <problem>", and nothing is sent.
 */

type Check = (this: IExecuteSingleFunctions, value: unknown) => string | undefined;

/** One of a fixed list of values (Hyperaze's enumerations), compared exactly. */
export const oneOf =
	(allowed: readonly string[], what: string): Check =>
	(value) =>
		allowed.includes(String(value))
			? undefined
			: `"${String(value)}" is not ${what} Hyperaze accepts: use one of ${allowed.join(', ')}`;

/**
 * An optional field (in a collection) that was added but left empty: refused rather than sent
 * empty, since Hyperaze would read an empty ID as a value.
 */
export function notEmptyWhenAdded(parameter: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = readParameter(this, parameter);
		if (value !== undefined && isBlank(value)) failInput(this, label, 'a value is required (or remove the field)');
		return requestOptions;
	};
}

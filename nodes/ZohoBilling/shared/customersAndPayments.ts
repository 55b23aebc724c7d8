import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { failInput as fail, isEmail } from '../../shared/validation';
import { providerError } from '../../shared/errors';
import { assertZohoSuccess } from './transport';

/**
 * Helpers shared by the "customers and payments" resources (customers, contact persons, cards,
 * bank accounts, payments, refunds, payment links).
 */

export { isEmail };

/** Sorts collection options by display name (n8n shows them in this order and the lint asks for it). */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

function read(context: IExecuteSingleFunctions, parameter: string, extractValue = false): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue });
	} catch {
		return undefined;
	}
}

/**
 * Sends an optional record picker (resource locator) as a query parameter only when it is set,
 * so an empty picker does not send `customer_id=`.
 */
export function optionalQuery(parameter: string, property: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = read(this, parameter, true);
		if (value === undefined || value === null || String(value).trim() === '') return requestOptions;
		requestOptions.qs = { ...(requestOptions.qs ?? {}), [property]: String(value).trim() };
		return requestOptions;
	};
}

/** Stops an update that would send nothing (no field set in the collection). */
export function atLeastOneField(collection: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = read(this, collection) as IDataObject | undefined;
		const set = Object.entries(value ?? {}).filter(
			([key, v]) => v !== undefined && v !== null && v !== '' && !(key === 'extraFieldsJson' && (v === '{}' || String(v).trim() === '')),
		);
		if (set.length === 0) fail(this, label, 'set at least one field to change');
		return requestOptions;
	};
}

/**
 * Output of an operation whose record may come under one of several keys, or as a one-element
 * list (Zoho's bank account retrieve answers `bank_accounts: [ {…} ]`). Every object found under
 * the first key present is output.
 */
export function zohoRecordAmong(keys: string[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		for (const key of keys) {
			const value = body[key];
			if (Array.isArray(value)) {
				const records = value.filter((v) => v && typeof v === 'object' && !Array.isArray(v)) as IDataObject[];
				if (records.length > 0) return records.map((json) => ({ json }));
			} else if (value && typeof value === 'object') {
				return [{ json: value as IDataObject }];
			}
		}
		throw providerError(this.getNode(), {
			message: `Zoho Billing answered without the expected "${keys[0]}" object`,
			description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}.`,
			itemIndex: this.getItemIndex(),
		});
	};
}

/** A required ID typed by hand, for records Zoho offers no list of (so no picker can exist). */
export function plainIdField(options: {
	name: string;
	displayName: string;
	resource: string;
	operations: string[];
	placeholder: string;
	description: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'string',
		required: true,
		default: '',
		placeholder: options.placeholder,
		description: options.description,
		displayOptions: { show: { resource: [options.resource], operation: options.operations } },
	};
}

export { returnAllAndLimit } from '../../shared/descriptions';

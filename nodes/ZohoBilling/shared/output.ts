import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { UnreadableAnswer } from '../../shared/output';
import { assertZohoSuccess } from './transport';

/** Output shaping of the Zoho Billing operations (postReceive actions). */

/** Output of an operation that returns one record, e.g. `{ code, message, product: {…} }` → the product. */
export function zohoRecord(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body, response.statusCode);
		const record = body[key];
		if (!record || typeof record !== 'object') {
			throw new UnreadableAnswer(`an answer without the expected "${key}" object (it held: ${Object.keys(body).join(', ') || 'nothing'})`, response.statusCode, body);
		}
		return [{ json: record as IDataObject }];
	};
}

/** Output of an action or a delete: Zoho answers only `{ code: 0, message }`. */
export function zohoActionResult(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body, response.statusCode);
		return [{ json: { success: true, message: body.message ?? 'success' } }];
	};
}

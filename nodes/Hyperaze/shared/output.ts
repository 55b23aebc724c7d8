import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { providerError, summarizeText } from '../../shared/errors';
import { readParameter } from '../../shared/validation';

/**
 * What Hyperaze operations output (postReceive actions) where Hyperaze does not document its
 * answer: the license check and the membership actions. The output of an operation that returns
 * one object (`hyperazeRecord`) and of a list page (`hyperazeListPage`) live with the client in
 * transport.ts.
 */

const PROVIDER = 'Hyperaze';

/** The object in a success body: `{ data: … }` is unwrapped, an empty body is an empty object. */
function objectOf(context: IExecuteSingleFunctions, body: unknown, failure: string): IDataObject {
	if (body === undefined || body === null || (typeof body === 'string' && body.trim() === '')) return {};
	if (typeof body === 'object' && !Array.isArray(body)) {
		const record = body as IDataObject;
		const inner = record.data;
		if (Object.keys(record).length <= 3 && inner && typeof inner === 'object' && !Array.isArray(inner)) {
			return inner as IDataObject;
		}
		return record;
	}
	throw providerError(context.getNode(), {
		message: `${PROVIDER} answered with ${summarizeText(typeof body === 'string' ? body : JSON.stringify(body))} instead of an object`,
		description: failure,
		itemIndex: context.getItemIndex(),
	});
}

/**
 * Output of Validate License Key on success (HTTP 200): the membership Hyperaze returns. Its
 * answer is not documented, so an empty body is accepted (200 alone means valid), but an answer
 * that is not JSON (a proxy or maintenance page) is an error: it cannot vouch for the key.
 */
export function licenseCheckAnswer(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const record = objectOf(this, response.body, 'The answer could not be read, so the license key was not confirmed. Run the node again later.');
		return [{ json: record }];
	};
}

/**
 * Output of a membership action (Terminate, Cancel): the membership Hyperaze returns, or
 * `{ success: true, id }` when it answers 200 without a body.
 */
export function membershipActionAnswer(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const record = objectOf(
			this,
			response.body,
			`The answer could not be read: ${PROVIDER} may or may not have carried out the change. Check the membership in ${PROVIDER} before running the node again.`,
		);
		if (Object.keys(record).length) return [{ json: record }];
		const id = readParameter(this, 'membershipId');
		return [{ json: { success: true, id: id === undefined ? null : String(id) } }];
	};
}

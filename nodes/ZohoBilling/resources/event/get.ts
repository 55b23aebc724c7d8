import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { presentEvent } from '../../shared/events';
import { providerError } from '../../../shared/errors';
import { assertZohoSuccess } from '../../shared/transport';
import { eventId } from './fields';

/** `{ code, message, event }` → the event, with its payload parsed. */
async function eventOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = assertZohoSuccess(this, response.body);
	if (!body.event || typeof body.event !== 'object') {
		throw providerError(this.getNode(), {
			message: 'Zoho Billing answered without the expected "event" object',
			description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}.`,
			itemIndex: this.getItemIndex(),
		});
	}
	return [{ json: presentEvent(body.event as IDataObject) }];
}

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an event',
	description: 'Retrieve an event with its parsed payload',
	routing: {
		request: { method: 'GET', url: '/events/{eventId}' },
		send: { paginate: true, preSend: [required('eventId', 'Event')] },
		output: { postReceive: [eventOutput] },
	},
};

export const properties: INodeProperties[] = [eventId(['get'])];

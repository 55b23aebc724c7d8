import type { INodePropertyOptions } from 'n8n-workflow';

import { jfwData } from '../../shared/transport';
import { priceChecks, priceFields, priceOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a price',
	description: 'Create a price of a package for a subscription type: code, name, amount (0 or more) and ISO 4217 currency are required; checkout link (URL), description, sort order and tags are optional. Outputs the price.',
	routing: {
		request: { method: 'POST', url: '/v1/prices' },
		send: { paginate: true, preSend: priceChecks('additionalFields') },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [...priceFields('create'), priceOptionalFields('create', 'additionalFields', 'Additional Fields', false)];

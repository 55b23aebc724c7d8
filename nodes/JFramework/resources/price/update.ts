import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';
import { priceChecks, priceFields, priceOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a price',
	description:
		'Replace a price: package, subscription type, code, name, amount and currency are always sent; JFramework clears optional fields that are not set',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/prices', 'price') },
		send: { paginate: true, preSend: [required('priceId', 'Price'), ...priceChecks('updateFields')] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	locator('price', 'price', ['update'], { description: 'The price to replace: pick it from the list or enter its ID' }),
	...priceFields('update'),
	priceOptionalFields('update', 'updateFields', 'Update Fields', true),
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { ENDPOINTS, unlistedField } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import { checkoutId, stockTypeOptions, writableChecks, writableFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a checkout link',
	description:
		'Change a checkout link by its ID: activate or deactivate it (Active), or change its password, release method, stock type and stocks (1 or more), or start and end dates (ISO format, end after start). Only the fields set are sent. Hyperaze\'s published page lists only Active: the other fields are inferred from the checkout object, so Hyperaze may ignore them. Outputs the checkout link object.',
	routing: {
		request: { method: ENDPOINTS.checkoutUpdate.method, url: ENDPOINTS.checkoutUpdate.path },
		send: {
			paginate: true,
			preSend: [
				required('checkoutId', 'Checkout Link'),
				...writableChecks('updateFields'),
			],
		},
		output: { postReceive: [hyperazeRecord()] },
	},
};

export const properties: INodeProperties[] = [
	checkoutId(['update'], { type: 'body', property: 'id' }),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('checkout', ['update']),
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether buyers can use the link',
				routing: { send: { type: 'body', property: 'active' } },
			},
			// the published page lists only id and active: every other field is inferred
			...writableFields.map((field) => unlistedField(field, 'Update a checkout link')),
			unlistedField({
				displayName: 'Stock Type',
				name: 'stock_type',
				type: 'options',
				options: stockTypeOptions,
				default: 'Unlimited',
				description: 'Whether the number of purchases through this link is limited (Limited needs Stocks)',
				routing: { send: { type: 'body', property: 'stock_type' } },
			}, 'Update a checkout link'),
			unlistedField({
				displayName: 'Stocks',
				name: 'stocks',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'How many purchases the link allows',
				routing: { send: { type: 'body', property: 'stocks' } },
			}, 'Update a checkout link'),
		],
	},
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, maxLength, required } from '../../../shared/validation';
import { recordLocator, showFor } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { createOptions, createRequired, nameField, planChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a plan',
	description:
		'Create a plan (the price and billing frequency customers subscribe to) in a product. Needs a unique plan code of your choice, a name, the product, the recurring price (0 or more) and the interval (a whole number; Interval Unit in Additional Fields is months unless set to years). Optional: trial days, setup fee, billing cycles (-1 = until cancelled), tax and custom fields. Outputs the new plan.',
	routing: {
		request: { method: 'POST', url: '/plans' },
		send: {
			paginate: true,
			preSend: [required('productId', 'Product'), check('code', 'Plan Code', [maxLength(100)], true), ...planChecks('additionalFields', true)],
		},
		output: { postReceive: [zohoRecord('plan')] },
	},
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Plan Code',
		name: 'code',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'basic-monthly',
		description: 'Unique code of your choice that identifies the plan; the other operations address the plan by it',
		displayOptions: showFor('plan', ['create']),
		routing: { send: { type: 'body', property: 'plan_code' } },
	},
	nameField(['create'], 'Name of the plan, shown in the interface and on invoices'),
	recordLocator({
		name: 'productId',
		displayName: 'Product',
		resource: 'plan',
		operations: ['create'],
		searchListMethod: 'searchProducts',
		idPlaceholder: '903000000045027',
		description: 'The product the plan belongs to: pick it from the list or enter its ID',
		send: { type: 'body', property: 'product_id' },
	}),
	...createRequired,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('plan', ['create']),
		options: createOptions('additionalFields'),
	},
];

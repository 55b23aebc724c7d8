import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { planCreateOptions, createRequired, planName, planChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a plan',
	description: 'Create a plan: the price and billing interval customers subscribe to',
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
	planName(['create'], 'Name of the plan, shown in the interface and on invoices'),
	productLocator('plan', ['create'], 'The product the plan belongs to: pick it from the list or enter its ID', { type: 'body', property: 'product_id' }),
	...createRequired,
	collection('plan', ['create'], 'additionalFields', 'Additional Fields', planCreateOptions('additionalFields')),
];

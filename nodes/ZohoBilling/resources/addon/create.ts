import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { addonCreateOptions, descriptionCheck, addonName, planFields, priceFields, pricingScheme } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an add-on',
	description: 'Create an add-on: an extra customers buy with a plan',
	routing: {
		request: { method: 'POST', url: '/addons' },
		send: {
			paginate: true,
			preSend: [required('productId', 'Product'), check('code', 'Add-On Code', [maxLength(100)], true), descriptionCheck('additionalFields')],
		},
		output: { postReceive: [zohoRecord('addon')] },
	},
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Add-On Code',
		name: 'code',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Email-basic',
		description: 'Unique code of your choice that identifies the add-on; the other operations address the add-on by it',
		displayOptions: showFor('addon', ['create']),
		routing: { send: { type: 'body', property: 'addon_code' } },
	},
	addonName(['create'], 'Name of the add-on, shown in the interface and on invoices'),
	{
		displayName: 'Unit Name',
		name: 'unitName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Email',
		description: 'Name of one unit of the add-on, e.g. Email or GB',
		displayOptions: showFor('addon', ['create']),
		routing: { send: { type: 'body', property: 'unit_name', preSend: [check('unitName', 'Unit Name', [], true)] } },
	},
	productLocator('addon', ['create'], 'The product the add-on belongs to: pick it from the list or enter its ID', { type: 'body', property: 'product_id' }),
	pricingScheme('create'),
	...priceFields('create'),
	...planFields('create'),
	collection('addon', ['create'], 'additionalFields', 'Additional Fields', addonCreateOptions('additionalFields')),
];

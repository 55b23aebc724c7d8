import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, maxLength, required } from '../../../shared/validation';
import { recordLocator, showFor } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { createOptions, descriptionCheck, nameField, planFields, priceFields, pricingScheme } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an add-on',
	description:
		'Create an add-on (an extra customers buy with a plan) in a product. Needs a unique add-on code of your choice, a name, a unit name (e.g. Email), the product, the pricing scheme with its prices (Unit: one unit price; Package: package sizes with prices; Tier or Volume: ascending quantity ranges with unit prices) and the plans it applies to (all, or selected plan codes). Type (recurring or one-time) is in Additional Fields. Outputs the new add-on.',
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
	nameField(['create'], 'Name of the add-on, shown in the interface and on invoices'),
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
	recordLocator({
		name: 'productId',
		displayName: 'Product',
		resource: 'addon',
		operations: ['create'],
		searchListMethod: 'searchProducts',
		idPlaceholder: '903000000045027',
		description: 'The product the add-on belongs to: pick it from the list or enter its ID',
		send: { type: 'body', property: 'product_id' },
	}),
	pricingScheme('create'),
	...priceFields('create'),
	...planFields('create'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('addon', ['create']),
		options: createOptions('additionalFields'),
	},
];

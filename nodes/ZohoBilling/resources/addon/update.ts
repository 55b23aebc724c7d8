import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { addonCode, descriptionCheck, nameField, planFields, priceFields, pricingScheme, updateOptions } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an add-on',
	description:
		'Change an add-on, given by its add-on code. Zoho needs the name on every update (repeat the current one to keep it). Pricing Scheme and Applicable Plans stay as they are unless changed: choosing a scheme sends new price brackets, choosing Selected Plans sends the plan codes. Only the Update Fields that are set are sent. Outputs the updated add-on.',
	routing: {
		request: { method: 'PUT', url: '/addons/{addonCode}' },
		send: { paginate: true, preSend: [required('addonCode', 'Add-On'), descriptionCheck('updateFields')] },
		output: { postReceive: [zohoRecord('addon')] },
	},
};

export const properties: INodeProperties[] = [
	addonCode(['update']),
	nameField(['update'], 'Name of the add-on (Zoho requires it on every update; repeat the current one to keep it)'),
	pricingScheme('update'),
	...priceFields('update'),
	...planFields('update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('addon', ['update']),
		options: updateOptions('updateFields'),
	},
];

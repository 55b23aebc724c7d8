import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { addonCode, descriptionCheck, addonName, planFields, priceFields, pricingScheme, addonUpdateOptions } from './fields';
import { notice } from '../../../shared/fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an add-on',
	description: 'Update an add-on\'s name, pricing, plans or other fields',
	routing: {
		request: { method: 'PUT', url: '/addons/{addonCode}' },
		send: { paginate: true, preSend: [required('addonCode', 'Add-On'), descriptionCheck('updateFields')] },
		output: { postReceive: [zohoRecord('addon')] },
	},
};

export const properties: INodeProperties[] = [
	notice('addon', ['update'], 'Zoho needs the name on every update: repeat the current one to keep it.'),
	addonCode(['update']),
	addonName(['update'], 'Name of the add-on (Zoho requires it on every update; repeat the current one to keep it)'),
	pricingScheme('update'),
	...priceFields('update'),
	...planFields('update'),
	collection('addon', ['update'], 'updateFields', 'Update Fields', addonUpdateOptions('updateFields')),
];

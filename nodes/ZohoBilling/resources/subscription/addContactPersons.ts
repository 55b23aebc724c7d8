import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { isIdList } from '../../shared/validation';
import { contactPersonsOption } from './fields';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Contact Persons',
	value: 'addContactPersons',
	action: 'Add contact persons to a subscription',
	description: 'Associate the customer\'s contact persons with a subscription',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/contactpersons' },
		send: { paginate: true, preSend: [subscriptionRequired, check('contactPersonIds', 'Contact Person IDs', [isIdList()], true)] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['addContactPersons']),
	{
		...contactPersonsOption('Contact Person IDs', 'contactPersonIds'),
		required: true,
		displayOptions: showFor(RESOURCE, ['addContactPersons']),
	},
];

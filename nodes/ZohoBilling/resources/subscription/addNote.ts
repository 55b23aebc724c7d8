import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { zohoNoteRecord } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Note',
	value: 'addNote',
	action: 'Add a note to a subscription',
	description: 'Add a note to a subscription',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/notes' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoNoteRecord()] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['addNote']),
	{
		displayName: 'Note',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'Customer asked for an upgrade next month',
		description: 'Text of the note, shown in Zoho on the subscription',
		displayOptions: showFor(RESOURCE, ['addNote']),
		routing: { send: { type: 'body', property: 'description', preSend: [check('description', 'Note', [], true)] } },
	},
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { zohoActionResult } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Note',
	value: 'deleteNote',
	action: 'Delete a note of a subscription',
	description: 'Delete a note of a subscription',
	routing: {
		request: {
			method: 'DELETE',
			url: '/subscriptions/{subscriptionId}/notes/{noteId}',
		},
		send: { paginate: true, preSend: [subscriptionRequired, required('noteId', 'Note')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['deleteNote']),
	recordLocator({
		name: 'noteId',
		displayName: 'Note',
		resource: RESOURCE,
		operations: ['deleteNote'],
		searchListMethod: 'searchSubscriptionNotes',
		idPlaceholder: '903000076543',
		description: 'The note to delete: pick it from the subscription\'s notes or enter its note_id',
	}),
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { boolean, collection } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Card',
	value: 'updateCard',
	action: 'Update the card of a subscription',
	description: 'Change the card charged for a subscription',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/card' },
		send: { paginate: true, preSend: [subscriptionRequired, check('cardId', 'Card', [isZohoId], true)] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['updateCard']),
	recordLocator({
		name: 'cardId',
		displayName: 'Card',
		resource: RESOURCE,
		operations: ['updateCard'],
		searchListMethod: 'searchSubscriptionCards',
		idPlaceholder: '9030000079226',
		description: 'The customer\'s card to charge: pick it from the cards of the subscription\'s customer or enter its card_id',
		send: { type: 'body', property: 'card_id' },
	}),
	collection(RESOURCE, ['updateCard'], 'additionalFields', 'Additional Fields', [
		boolean('auto_collect', 'Auto Collect', 'Whether Zoho charges the card automatically on every renewal (online mode)', 'body', { default: true }),
	]),
];

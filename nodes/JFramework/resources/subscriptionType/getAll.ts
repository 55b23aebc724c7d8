import { choice, text } from '../../../shared/fields';
import { ACTIVE_INACTIVE, SUBSCRIPTION_UNIT } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'subscriptionType',
	path: '/v1/subscription-types',
	paged: false,
	action: 'Get many subscription types',
	description: 'Retrieve many subscription types (billing periods)',
	filters: [
		text('description', 'Description', 'Only subscription types whose description matches this text', 'query'),
		text('keywords', 'Keywords', 'Text to search for in the name, description and tags', 'query'),
		text('name', 'Name', 'Only subscription types whose name matches this text', 'query'),
		choice('status', 'Status', 'Only subscription types in this state', ACTIVE_INACTIVE, 'query'),
		text('tags', 'Tags', 'Only subscription types with these tags', 'query'),
		choice('unit', 'Unit', 'Only subscription types of this unit', SUBSCRIPTION_UNIT, 'query'),
	],
	sortFields: [
		['Created Date', 'createdDate'],
		['ID', 'id'],
		['Sort Order', 'zOrder'],
	],
});

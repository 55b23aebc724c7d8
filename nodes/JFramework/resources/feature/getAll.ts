import { choice, text } from '../../../shared/fields';
import { ACTIVE_INACTIVE, optionalLocator } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'feature',
	path: '/v1/features',
	paged: true,
	action: 'Get many features',
	description: 'Retrieve many features',
	filters: [
		text('code', 'Code', 'Only the feature with this code', 'query'),
		text('description', 'Description', 'Only features whose description matches this text', 'query'),
		text('eventId', 'Event ID', 'Only features tied to this JFramework event (an email or phone template event)', 'query'),
		text('keywords', 'Keywords', 'Text to search for in the features', 'query'),
		text('name', 'Name', 'Only features whose name matches this text', 'query'),
		text('notes', 'Notes', 'Only features whose notes match this text', 'query'),
		optionalLocator('package', { type: 'query', property: 'packageId' }, { description: 'Only features of this package' }),
		choice('status', 'Status', 'Only features in this state', ACTIVE_INACTIVE, 'query'),
		text('tags', 'Tags', 'Only features with these tags', 'query'),
	],
	sortFields: [
		['Created Date', 'createdDate'],
		['ID', 'id'],
		['Sort Order', 'zOrder'],
	],
});

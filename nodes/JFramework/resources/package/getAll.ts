import { boolean, choice, text } from '../../../shared/fields';
import { ACTIVE_INACTIVE } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'package',
	path: '/v1/packages',
	paged: false,
	action: 'Get many packages',
	description: 'Retrieve many packages with their features and prices',
	filters: [
		text('code', 'Code', 'Only packages whose code matches this text', 'query'),
		text('description', 'Description', 'Only packages whose description matches this text', 'query'),
		boolean('isDefault', 'Is Default', 'Whether to return only the default package (true) or only the others (false)', 'query'),
		text('keywords', 'Keywords', 'Text to search for in the name, code, description and tags', 'query'),
		text('name', 'Name', 'Only packages whose name matches this text', 'query'),
		choice('status', 'Status', 'Only packages in this state', ACTIVE_INACTIVE, 'query'),
		text('tags', 'Tags', 'Only packages with these tags', 'query'),
	],
	sortFields: [
		['Created Date', 'createdDate'],
		['ID', 'id'],
		['Sort Order', 'zOrder'],
	],
});

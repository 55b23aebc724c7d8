import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, number, text } from '../../../shared/fields';
import { check, maxLength } from '../../../shared/validation';
import { getManyProperties, queryFilter } from '../../shared/fields';
import { zohoList } from '../../shared/transport';

/** Zoho caps the text searches of the item list at 100 characters. */
const TEXT_FILTERS: Array<[string, string]> = [
	['name', 'Name'],
	['name_startswith', 'Name Starts With'],
	['name_contains', 'Name Contains'],
	['description', 'Description'],
	['description_startswith', 'Description Starts With'],
	['description_contains', 'Description Contains'],
	['search_text', 'Search Text'],
];

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many items',
	description: 'Retrieve many items, optionally by name, description, rate or status',
	routing: {
		request: { method: 'GET', url: '/items' },
		send: {
			paginate: true,
			preSend: TEXT_FILTERS.map(([name, label]) => check(`filters.${name}`, label, [maxLength(100)])),
		},
		operations: { pagination: zohoList('items') },
	},
};

export const properties: INodeProperties[] = getManyProperties('item', [
	choice('filter_by', 'Status', 'Which items to list (Zoho lists active items when no status is given)', [
		{ name: 'Active', value: 'Status.Active' },
		{ name: 'All', value: 'Status.All' },
		{ name: 'Inactive', value: 'Status.Inactive' },
	], 'query', { default: 'Status.All' }),
	queryFilter(text('name', 'Name', 'Only items with exactly this name', 'query')),
	queryFilter(text('name_startswith', 'Name Starts With', 'Only items whose name starts with this text', 'query')),
	queryFilter(text('name_contains', 'Name Contains', 'Only items whose name contains this text', 'query')),
	queryFilter(text('description', 'Description', 'Only items with exactly this description', 'query')),
	queryFilter(text('description_startswith', 'Description Starts With', 'Only items whose description starts with this text', 'query')),
	queryFilter(text('description_contains', 'Description Contains', 'Only items whose description contains this text', 'query')),
	queryFilter(text('search_text', 'Search Text', 'Only items whose name or description contains this text', 'query')),
	queryFilter(number('rate', 'Rate', 'Only items with exactly this rate', 'query')),
	queryFilter(number('rate_less_than', 'Rate Less Than', 'Only items with a rate below this amount', 'query')),
	queryFilter(number('rate_less_equals', 'Rate Less or Equal', 'Only items with a rate of at most this amount', 'query')),
	queryFilter(number('rate_greater_than', 'Rate Greater Than', 'Only items with a rate above this amount', 'query')),
	queryFilter(number('rate_greater_equals', 'Rate Greater or Equal', 'Only items with a rate of at least this amount', 'query')),
	queryFilter(text('tax_id', 'Tax ID', 'Only items with this tax', 'query', { placeholder: '982000000037049' })),
	choice('sort_column', 'Sort By', 'The column Zoho sorts the list by', [
		{ name: 'Name', value: 'name' },
		{ name: 'Rate', value: 'rate' },
		{ name: 'Tax Name', value: 'tax_name' },
	], 'query'),
]);

import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { choice, collection, showFor } from '../../../shared/fields';
import { check, dateOrder, isDateTime } from '../../../shared/validation';
import { dayBound, sameAs, zohoKeptList } from '../../shared/output';
import { EVENT_TYPES, presentEvent } from '../../shared/events';

/** Zoho's contract lists no filter for events: the type and the dates are checked on each event too. */
const listEvents = zohoKeptList('events', [
	{ parameter: 'filters.event_type', query: 'event_type', label: 'Event Type', keep: sameAs('event_type') },
	{ parameter: 'filters.date_start', query: 'date_start', label: 'Date From', keep: dayBound('event_time', 'start') },
	{ parameter: 'filters.date_end', query: 'date_end', label: 'Date To', keep: dayBound('event_time', 'end') },
]);

/** Zoho's list pagination, then each event's payload parsed. */
const eventList = Object.assign(
	async function (this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions): Promise<INodeExecutionData[]> {
		const items = await listEvents.call(this, requestData);
		return items.map((item) => ({ ...item, json: presentEvent(item.json as IDataObject) }));
	},
	{ keptQuery: listEvents.keptQuery },
);

/** A date sent in the query as yyyy-mm-dd (the time part of the picker's value is dropped). */
const dateFilter = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	description: `${description} (sent as yyyy-mm-dd, and checked on each event's time by the node)`,
	routing: {
		send: {
			type: 'query',
			property: name,
			value: '={{ $value ? String($value).slice(0, 10) : $value }}',
			preSend: [check(`filters.${name}`, displayName, [isDateTime])],
		},
	},
});

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many events',
	description: 'Retrieve many events, optionally of one type or between two dates',
	routing: {
		request: { method: 'GET', url: '/events' },
		send: { paginate: true, preSend: [dateOrder('filters.date_start', 'Date From', 'filters.date_end', 'Date To')] },
		operations: { pagination: eventList },
	},
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: showFor('event', ['getAll']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { resource: ['event'], operation: ['getAll'], returnAll: [false] } },
		routing: { output: { maxResults: '={{ $value }}' } },
	},
	collection('event', ['getAll'], 'filters', 'Filters', [
			dateFilter('date_start', 'Date From', 'Only events on or after this date'),
			dateFilter('date_end', 'Date To', 'Only events on or before this date'),
			choice('event_type', 'Event Type', 'Only events of this type (sent to Zoho, and checked on each event by the node)', EVENT_TYPES, 'query', { default: 'subscription_created' }),
		], 'Add Filter'),
];

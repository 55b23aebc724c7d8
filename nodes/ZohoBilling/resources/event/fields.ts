import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';

/** The event picker of Get. */
export const eventId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'eventId',
		displayName: 'Event',
		resource: 'event',
		operations,
		searchListMethod: 'searchEvents',
		idPlaceholder: '90300000005337',
		description: 'The event to retrieve: pick it from the list or enter its ID',
	});

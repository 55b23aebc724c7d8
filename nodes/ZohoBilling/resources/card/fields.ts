import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import { customerLocator } from '../../shared/descriptions';

export const cardCustomer = (operations: string[]): INodeProperties =>
	customerLocator('card', operations, { description: 'The customer the card belongs to: pick it from the list or enter its ID' });

/** The card picker (lists the active cards of the chosen customer). */
export const cardId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'cardId',
		displayName: 'Card',
		resource: 'card',
		operations,
		searchListMethod: 'searchCards',
		idPlaceholder: '90300000079226',
		description: 'The credit card to work on: pick one of the customer\'s active cards or enter its ID',
	});

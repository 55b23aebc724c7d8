import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { check, maxLength, positiveInteger } from '../../../shared/validation';
import { ACTIVE_INACTIVE, SUBSCRIPTION_UNIT, boolean, choice, collection, integer, shown, text } from '../../shared/descriptions';

export function subscriptionTypeFields(operation: string): INodeProperties[] {
	return [
		shown('subscriptionType', [operation], text('name', 'Name', 'Name of the billing period, e.g. Monthly', 'body', { placeholder: 'Monthly' }), true),
		shown('subscriptionType', [operation], choice('unit', 'Unit', 'The unit of the billing period', SUBSCRIPTION_UNIT, 'body', { default: 'Month' }), true),
	];
}

export function subscriptionTypeOptionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties {
	const note = cleared ? ' (cleared when not set)' : '';
	return collection('subscriptionType', [operation], collectionName, displayName, [
		text('description', 'Description', `Description of the subscription type${note}`),
		boolean('isDefault', 'Is Default', `Whether this is the brand's default subscription type${note}`),
		integer('quantity', 'Quantity', `How many units one period lasts, e.g. 3 with unit Month for a quarter (1 or more)${note}`, 'body', { typeOptions: { minValue: 1, numberPrecision: 0 } }),
		integer('zOrder', 'Sort Order', `Position in lists (JFramework's zOrder; default 1)${note}`),
		choice('status', 'Status', `Whether the subscription type is offered${note}`, ACTIVE_INACTIVE),
		text('tags', 'Tags', `Tags, as one string${note}`),
	]);
}

export function subscriptionTypeChecks(collectionName: string): PreSendAction[] {
	return [check('name', 'Name', [maxLength(200)], true), check(`${collectionName}.quantity`, 'Quantity', [positiveInteger])];
}

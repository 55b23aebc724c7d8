import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, choice, collection, integer, shown, text } from '../../../shared/fields';
import { check, maxLength, positiveInteger } from '../../../shared/validation';
import { ACTIVE_INACTIVE, SUBSCRIPTION_UNIT } from '../../shared/descriptions';
import type { RecordForm } from '../../shared/operations';

/** Name, and the length of one period as a quantity of units (3 × Month is a quarter), side by side. */
function subscriptionTypeFields(operation: string): INodeProperties[] {
	return [
		shown('subscriptionType', [operation], text('name', 'Name', 'Name of the billing period, e.g. Monthly', 'body', { placeholder: 'Monthly' }), true),
		shown(
			'subscriptionType',
			[operation],
			integer('quantity', 'Quantity', 'How many units one period lasts (1 or more), e.g. 3 with unit Month for a quarter', 'body', { typeOptions: { minValue: 1, numberPrecision: 0 } }),
		),
		shown('subscriptionType', [operation], choice('unit', 'Unit', 'The unit of the billing period, counted by Quantity', SUBSCRIPTION_UNIT, 'body', { default: 'Month' }), true),
	];
}

function subscriptionTypeOptionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties {
	const note = cleared ? ' (cleared when not set)' : '';
	return collection('subscriptionType', [operation], collectionName, displayName, [
		text('description', 'Description', `Description of the subscription type${note}`),
		boolean('isDefault', 'Is Default', `Whether this is the brand's default subscription type${note}`),
		integer('zOrder', 'Sort Order', `Position in lists (JFramework's zOrder; default 1)${note}`),
		choice('status', 'Status', `Whether the subscription type is offered${note}`, ACTIVE_INACTIVE),
		text('tags', 'Tags', `Tags, as one string${note}`),
	]);
}

function subscriptionTypeChecks(): PreSendAction[] {
	return [check('name', 'Name', [maxLength(200)], true), check('quantity', 'Quantity', [positiveInteger])];
}

export const subscriptionTypeForm: RecordForm = {
	fields: subscriptionTypeFields,
	optionalFields: subscriptionTypeOptionalFields,
	checks: subscriptionTypeChecks,
};

import type { INodeProperties } from 'n8n-workflow';

import { showFor, text } from '../../../shared/fields';
import { check, maxLength, positiveNumber } from '../../../shared/validation';
import { extraJsonOption } from '../../shared/fields';

/** The amount to refund (required, greater than 0) of a refund operation. */
export const amountParameter = (operation: string, description: string): INodeProperties => ({
	displayName: 'Amount',
	name: 'amount',
	type: 'number',
	required: true,
	typeOptions: { minValue: 0 },
	default: 0,
	description,
	displayOptions: showFor('refund', [operation]),
	routing: { send: { type: 'body', property: 'amount' } },
});

/** Optional fields of a refund: what the OAS documents (description) plus the JSON escape hatch. */
export const refundAdditionalFields = (operation: string): INodeProperties => ({
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	displayOptions: showFor('refund', [operation]),
	options: [
		text('description', 'Description', 'Reason for the refund', 'body', { placeholder: 'Refund for discount offer' }),
		extraJsonOption('additionalFields'),
	],
});

export const refundChecks = [
	check('amount', 'Amount', [positiveNumber], true),
	check('additionalFields.description', 'Description', [maxLength(2000)]),
];

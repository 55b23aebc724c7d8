import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, choice, collection, dateTime, integer, number, shown, text } from '../../../shared/fields';
import { check, dateOrder, isDateTime, maxLength, wholeNumberAtLeast } from '../../../shared/validation';
import { COUPON_STATUS } from '../../shared/descriptions';
import type { RecordForm } from '../../shared/operations';

function couponFields(operation: string): INodeProperties[] {
	const show = (field: INodeProperties) => shown('coupon', [operation], field, true);
	return [
		show(text('name', 'Name', 'Name of the coupon', 'body', { placeholder: 'Spring sale' })),
		show(text('code', 'Code', 'The code buyers enter', 'body', { placeholder: 'SPRING20' })),
		show(dateTime('startDate', 'Start Date', 'When the coupon becomes valid (ISO 8601, e.g. 2025-03-01)')),
		show(dateTime('endDate', 'End Date', 'When the coupon stops being valid (ISO 8601, after the start date)')),
	];
}

function couponOptionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties {
	const note = cleared ? ' (cleared when not set)' : '';
	return collection('coupon', [operation], collectionName, displayName, [
		boolean('autoApplyToPrice', 'Auto Apply to Price', `Whether the coupon is applied to prices automatically (default false)${note}`),
		text('description', 'Description', `Description of the coupon${note}`),
		number('percentage', 'Percentage', `The discount in percent, more than 0 and at most 100${note}`, 'body', { default: 10, typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 } }),
		integer('quantity', 'Quantity', `How many times the coupon can be used (0 or more)${note}`, 'body', { typeOptions: { minValue: 0, numberPrecision: 0 } }),
		choice('status', 'Status', `The coupon's state${note}`, COUPON_STATUS),
		text('tags', 'Tags', `Tags of the coupon, as one string${note}`),
		boolean('testMode', 'Test Mode', `Whether the coupon is for test mode (default false)${note}`),
	]);
}

const percentage = (value: unknown): string | undefined => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) && n > 0 && n <= 100 ? undefined : `must be a number more than 0 and at most 100 (got ${String(value)})`;
};

function couponChecks(collectionName: string): PreSendAction[] {
	return [
		check('name', 'Name', [maxLength(200)], true),
		check('code', 'Code', [maxLength(100)], true),
		check('startDate', 'Start Date', [isDateTime], true),
		check('endDate', 'End Date', [isDateTime], true),
		dateOrder('startDate', 'Start Date', 'endDate', 'End Date'),
		check(`${collectionName}.percentage`, 'Percentage', [percentage]),
		check(`${collectionName}.quantity`, 'Quantity', [wholeNumberAtLeast(0)]),
	];
}

export const couponForm: RecordForm = { fields: couponFields, optionalFields: couponOptionalFields, checks: couponChecks };

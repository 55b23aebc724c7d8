import type { INodeProperties } from 'n8n-workflow';

import { check, maxLength, positiveInteger } from '../../../shared/validation';
import { couponLocator } from '../../shared/descriptions';
import { byDisplayName, extraJsonOption, requiredName, zohoDateField } from '../../shared/fields';
import { zohoDateCheck } from '../../shared/validation';
import { number, text } from '../../../shared/fields';

/** The coupon picker used by every operation that addresses one coupon (coupons are keyed by code). */
export const couponCode = (operations: string[]): INodeProperties => couponLocator('coupon', operations);

export const couponName = (operations: string[], description: string): INodeProperties =>
	requiredName('coupon', operations, description, 'Thanksgiving 20 percent offer');

/** The fields Zoho lets an existing coupon change (besides the name), and that Create offers too. */
const commonOptions: INodeProperties[] = [
	text('description', 'Description', 'Short description of the coupon', 'body', { typeOptions: { rows: 2 } }),
	zohoDateField(
		'expiry_at',
		'Expiry Date',
		'Last day the coupon can be applied to new subscriptions; forever coupons already applied keep working',
	),
	number('max_redemption', 'Max Redemptions', 'How many subscriptions the coupon can be used for; then its status becomes maxed_out (whole number, 1 or more)', 'body', { typeOptions: { minValue: 1 }, default: 1 }),
];

export const couponOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, extraJsonOption(collection)]);

export const couponChecks = (collection: string) => [
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
	zohoDateCheck(`${collection}.expiry_at`, 'Expiry Date'),
	check(`${collection}.max_redemption`, 'Max Redemptions', [positiveInteger]),
];

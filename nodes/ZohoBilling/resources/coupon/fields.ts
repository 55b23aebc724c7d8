import type { INodeProperties } from 'n8n-workflow';

import { check, maxLength, positiveInteger } from '../../../shared/validation';
import { byDisplayName } from '../../shared/catalog';
import { recordLocator, showFor } from '../../shared/descriptions';
import { extraJsonOption, zohoDateCheck, zohoDateField } from '../../shared/fields';

/** The coupon picker used by every operation that addresses one coupon (coupons are keyed by code). */
export const couponCode = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'couponCode',
		displayName: 'Coupon',
		resource: 'coupon',
		operations,
		searchListMethod: 'searchCoupons',
		idPlaceholder: 'THANKSGIVING20',
		idRegex: null,
		description: 'The coupon to work on: pick it from the list or enter its coupon code',
	});

export const nameField = (operations: string[], description: string): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Thanksgiving 20 percent offer',
	description,
	displayOptions: showFor('coupon', operations),
	routing: { send: { type: 'body', property: 'name', preSend: [check('name', 'Name', [maxLength(100)], true)] } },
});

/** The fields Zoho lets an existing coupon change (besides the name), and that Create offers too. */
const commonOptions: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Short description of the coupon',
		routing: { send: { type: 'body', property: 'description' } },
	},
	zohoDateField(
		'expiry_at',
		'Expiry Date',
		'Last day the coupon can be applied to new subscriptions; forever coupons already applied keep working',
	),
	{
		displayName: 'Max Redemptions',
		name: 'max_redemption',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many subscriptions the coupon can be used for; then its status becomes maxed_out (whole number, 1 or more)',
		routing: { send: { type: 'body', property: 'max_redemption' } },
	},
];

export const couponOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, extraJsonOption(collection)]);

export const couponChecks = (collection: string) => [
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
	zohoDateCheck(`${collection}.expiry_at`, 'Expiry Date'),
	check(`${collection}.max_redemption`, 'Max Redemptions', [positiveInteger]),
];

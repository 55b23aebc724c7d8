import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { check, maxLength, positiveInteger, positiveNumber, required } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { codeListField } from '../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { requireCodes } from '../../shared/validation';
import { couponChecks, couponOptions, couponName } from './fields';

/** A percentage discount is at most 100. */
async function percentageAtMost100(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const by = this.getNodeParameter('discountBy', 'percentage') as string;
	const value = Number(this.getNodeParameter('discountValue', 0));
	if (by === 'percentage' && value > 100) {
		throw new NodeOperationError(this.getNode(), `Discount Value: a percentage must be at most 100 (got ${value})`, {
			itemIndex: this.getItemIndex(),
			description: 'Fix the "Discount Value" field of the node and run it again. Nothing was sent.',
		});
	}
	return requestOptions;
}

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a coupon',
	description: 'Create a coupon: a discount on subscriptions of one product',
	routing: {
		request: { method: 'POST', url: '/coupons' },
		send: {
			paginate: true,
			preSend: [
				required('productId', 'Product'),
				check('code', 'Coupon Code', [maxLength(100)], true),
				check('discountValue', 'Discount Value', [positiveNumber], true),
				percentageAtMost100,
				...couponChecks('additionalFields'),
			],
		},
		output: { postReceive: [zohoRecord('coupon')] },
	},
};

const show = (extra: Record<string, string[]> = {}) => ({ show: { resource: ['coupon'], operation: ['create'], ...extra } });

export const properties: INodeProperties[] = [
	{
		displayName: 'Coupon Code',
		name: 'code',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'THANKSGIVING20',
		description: 'Unique code of your choice that customers enter and the other operations address the coupon by',
		displayOptions: show(),
		routing: { send: { type: 'body', property: 'coupon_code' } },
	},
	couponName(['create'], 'Name of the coupon, shown in the interface and on invoices'),
	productLocator('coupon', ['create'], 'The product whose subscriptions the coupon is for: pick it from the list or enter its ID', { type: 'body', property: 'product_id' }),
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		required: true,
		default: 'one_time',
		description: 'How long the discount applies to a subscription',
		displayOptions: show(),
		options: [
			{ name: 'Duration', value: 'duration', description: 'On a number of invoices (set Duration)' },
			{ name: 'Forever', value: 'forever', description: 'On every invoice of the subscription' },
			{ name: 'One Time', value: 'one_time', description: 'On the first invoice only' },
		],
		routing: { send: { type: 'body', property: 'type' } },
	},
	{
		displayName: 'Duration',
		name: 'duration',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'On how many invoices of a subscription the discount applies (whole number, 1 or more)',
		displayOptions: show({ type: ['duration'] }),
		routing: { send: { type: 'body', property: 'duration', preSend: [check('duration', 'Duration', [positiveInteger], true)] } },
	},
	{
		displayName: 'Discount By',
		name: 'discountBy',
		type: 'options',
		required: true,
		default: 'percentage',
		description: 'Whether the discount is a flat amount or a percentage',
		displayOptions: show(),
		options: [
			{ name: 'Flat Amount', value: 'flat' },
			{ name: 'Percentage', value: 'percentage' },
		],
		routing: { send: { type: 'body', property: 'discount_by' } },
	},
	{
		displayName: 'Discount Value',
		name: 'discountValue',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The discount: an amount in the organization\'s currency (Flat Amount) or a percentage up to 100 (Percentage); more than 0',
		displayOptions: show(),
		routing: { send: { type: 'body', property: 'discount_value' } },
	},
	{
		displayName: 'Apply to Plans',
		name: 'applyToPlans',
		type: 'options',
		required: true,
		default: 'all',
		description: 'Which plans of the product the coupon discounts',
		displayOptions: show(),
		options: [
			{ name: 'All Plans', value: 'all' },
			{ name: 'No Plans', value: 'none' },
			{ name: 'Selected Plans', value: 'select' },
		],
		routing: { send: { type: 'body', property: 'apply_to_plans' } },
	},
	codeListField({
		name: 'plans',
		displayName: 'Plans',
		entryName: 'plan',
		entryDisplayName: 'Plan',
		codeKey: 'plan_code',
		codeLabel: 'Plan Code',
		placeholder: 'basic-monthly',
		description: 'The plans the coupon discounts, by plan code; sent as plans [{ plan_code }]',
		property: 'plans',
		displayOptions: show({ applyToPlans: ['select'] }),
		preSend: [requireCodes('plans', 'plan', 'Plans')],
	}),
	{
		displayName: 'Apply to Add-Ons',
		name: 'applyToAddons',
		type: 'options',
		required: true,
		default: 'none',
		description: 'Which add-ons of the product the coupon discounts',
		displayOptions: show(),
		options: [
			{ name: 'All Add-Ons', value: 'all_addons' },
			{ name: 'All One-Time Add-Ons', value: 'all_onetime' },
			{ name: 'All Recurring Add-Ons', value: 'all_recurring' },
			{ name: 'No Add-Ons', value: 'none' },
			{ name: 'Selected Add-Ons', value: 'select' },
		],
		routing: { send: { type: 'body', property: 'apply_to_addons' } },
	},
	codeListField({
		name: 'addons',
		displayName: 'Add-Ons',
		entryName: 'addon',
		entryDisplayName: 'Add-On',
		codeKey: 'addon_code',
		codeLabel: 'Add-On Code',
		placeholder: 'Email-basic',
		description: 'The add-ons the coupon discounts, by add-on code; sent as addons [{ addon_code }]',
		property: 'addons',
		displayOptions: show({ applyToAddons: ['select'] }),
		preSend: [requireCodes('addons', 'addon', 'Add-Ons')],
	}),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(),
		options: couponOptions('additionalFields'),
	},
];

import { boolean, choice, integer, number, text } from '../../../shared/fields';
import { COUPON_STATUS } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'coupon',
	path: '/v1/coupons',
	paged: true,
	action: 'Get many coupons',
	description: 'Retrieve many coupons',
	filters: [
		boolean('autoApplyToPrice', 'Auto Apply to Price', 'Whether to return only coupons applied automatically (true) or only the others (false)', 'query'),
		text('code', 'Code', 'Only the coupon with this code', 'query'),
		text('description', 'Description', 'Only coupons whose description matches this text', 'query'),
		text('keywords', 'Keywords', 'Text to search for in the coupons', 'query'),
		text('name', 'Name', 'Only coupons whose name matches this text', 'query'),
		number('percentage', 'Percentage', 'Only coupons of exactly this percentage', 'query'),
		integer('quantity', 'Quantity', 'Only coupons with exactly this quantity', 'query'),
		choice('status', 'Status', 'Only coupons in this state', COUPON_STATUS, 'query'),
		text('tags', 'Tags', 'Only coupons with these tags', 'query'),
		boolean('testMode', 'Test Mode', 'Whether to return only test-mode coupons (true) or only live ones (false)', 'query'),
	],
	sortFields: [
		['Code', 'code'],
		['Created Date', 'createdDate'],
		['ID', 'id'],
		['Name', 'name'],
	],
});

import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/catalog';

/** Coupon picker: one Zoho page (200) per call, filtered by name or coupon code on our side; the value is the coupon code. */
export async function searchCoupons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/coupons',
		key: 'coupons',
		match: ['name', 'coupon_code'],
		filter,
		paginationToken,
		toResult: (coupon) => ({
			name: `${String(coupon.name)}${statusSuffix(coupon, [String(coupon.coupon_code)])}`,
			value: String(coupon.coupon_code),
		}),
	});
}

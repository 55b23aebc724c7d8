import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/pickers';

/** Coupon picker: filtered by name or coupon code; the value is the coupon code. */
export async function searchCoupons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/coupons',
		key: 'coupons',
		match: (coupon) => [coupon.name, coupon.coupon_code],
		filter,
		paginationToken,
		toResult: (coupon) => ({ name: `${String(coupon.name)}${statusSuffix(coupon, [coupon.coupon_code])}`, value: String(coupon.coupon_code) }),
	});
}

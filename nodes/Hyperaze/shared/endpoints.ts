/**
 * Every Hyperaze endpoint the node calls, in one place. Hyperaze publishes only a few API pages;
 * paths marked `inferred` follow the documented `/{resource}/{action}` pattern but no published
 * page confirms them. Correcting one is a one-line change here (the README's table is checked
 * against this list by a test).
 */
export interface HyperazeEndpoint {
	method: 'GET' | 'POST';
	path: string;
	inferred: boolean;
}

export const ENDPOINTS = {
	checkoutCreate: { method: 'POST', path: '/checkouts/create', inferred: false },
	checkoutUpdate: { method: 'POST', path: '/checkouts/update', inferred: false },
	checkoutGet: { method: 'GET', path: '/checkouts/retrieve', inferred: true },
	checkoutList: { method: 'GET', path: '/checkouts/list', inferred: true },
	membershipList: { method: 'GET', path: '/memberships/list', inferred: true },
	membershipGet: { method: 'GET', path: '/memberships/retrieve', inferred: true },
	membershipValidateLicenseKey: { method: 'POST', path: '/memberships/validate_license_key', inferred: false },
	membershipTerminate: { method: 'POST', path: '/memberships/terminate', inferred: true },
	membershipCancel: { method: 'POST', path: '/memberships/cancel', inferred: true },
	paymentList: { method: 'GET', path: '/payments/list', inferred: true },
	paymentGet: { method: 'GET', path: '/payments/retrieve', inferred: true },
	planList: { method: 'GET', path: '/plans/list', inferred: true },
	planGet: { method: 'GET', path: '/plans/retrieve', inferred: false },
	planCreate: { method: 'POST', path: '/plans/create', inferred: false },
	planUpdate: { method: 'POST', path: '/plans/update', inferred: false },
	productList: { method: 'GET', path: '/products/list', inferred: true },
	productGet: { method: 'GET', path: '/products/retrieve', inferred: true },
} satisfies Record<string, HyperazeEndpoint>;

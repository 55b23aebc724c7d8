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
	planList: { method: 'GET', path: '/plans/list', inferred: true },
} satisfies Record<string, HyperazeEndpoint>;

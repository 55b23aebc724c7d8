import type { INodeProperties } from 'n8n-workflow';

import { notice } from '../../shared/fields';

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

/** The words that mark a request no published Hyperaze page confirms, in a description. */
export const INFERRED_WORDS = 'inferred path';

/** An operation's one-line description, marked "(inferred path)" when no published page confirms its request. */
export function describeEndpoint(endpoint: HyperazeEndpoint, description: string): string {
	return endpoint.inferred ? `${description} (${INFERRED_WORDS})` : description;
}

/** A notice shown with an operation whose path is inferred (none for a documented one). */
export function inferredNotice(endpoint: HyperazeEndpoint, resource: string, operation: string): INodeProperties[] {
	if (!endpoint.inferred) return [];
	return [
		notice(
			resource,
			[operation],
			`This operation uses an ${INFERRED_WORDS}: no published Hyperaze page confirms ${endpoint.method} ${endpoint.path}. It follows the pattern of the documented requests; if Hyperaze answers 404, the path is wrong (please report it).`,
			'inferredPathNotice',
		),
	];
}

/** A field a published page does not list for its request, said in its description. */
export function unlistedField(field: INodeProperties, page: string): INodeProperties {
	return {
		...field,
		description: `${field.description ?? ''}${field.description && !/[.!?]$/.test(field.description) ? '.' : ''} Not listed on Hyperaze's published "${page}" page (inferred from the checkout object it returns): Hyperaze may ignore it.`.trim(),
	};
}

import type { INodeProperties } from 'n8n-workflow';

import { shown } from '../../shared/fields';

/**
 * Hyperaze's record pickers (a searchable list, or the ID). Given a resource and its operations, a
 * picker is a required field shown for them; without, it is an optional field of a collection (a
 * filter or an update field).
 */

type Send = { type: 'body' | 'query'; property: string };

interface PickerPlace {
	/** Where the ID goes in the request */
	send: Send;
	resource?: string;
	operations?: string[];
	name?: string;
	description?: string;
}

const KINDS = {
	checkout: { name: 'checkoutId', displayName: 'Checkout Link', search: 'searchCheckouts', what: 'The checkout link to work on', placeholder: 'chk_01HZX3…' },
	membership: { name: 'membershipId', displayName: 'Membership', search: 'searchMemberships', what: 'The membership to work on', placeholder: 'mem_01HZX3…' },
	payment: { name: 'paymentId', displayName: 'Payment', search: 'searchPayments', what: 'The payment', placeholder: 'pay_01HZX3…' },
	plan: { name: 'planId', displayName: 'Pricing Plan', search: 'searchPlans', what: 'The pricing plan', placeholder: 'plan_01HZX3…' },
	product: { name: 'productId', displayName: 'Product', search: 'searchProducts', what: 'The product', placeholder: 'prod_01HZX3…' },
} as const;

function picker(kind: keyof typeof KINDS, place: PickerPlace): INodeProperties {
	const k = KINDS[kind];
	const field: INodeProperties = {
		displayName: k.displayName,
		name: place.name ?? k.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: place.description ?? `${k.what}: pick it from the list or enter its ID`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: k.search, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: k.placeholder },
		],
		routing: { send: place.send },
	};
	return place.resource !== undefined && place.operations !== undefined ? shown(place.resource, place.operations, field, true) : field;
}

export const checkoutLocator = (place: PickerPlace): INodeProperties => picker('checkout', place);
export const membershipLocator = (place: PickerPlace): INodeProperties => picker('membership', place);
export const paymentLocator = (place: PickerPlace): INodeProperties => picker('payment', place);
export const planLocator = (place: PickerPlace): INodeProperties => picker('plan', place);
export const productLocator = (place: PickerPlace): INodeProperties => picker('product', place);

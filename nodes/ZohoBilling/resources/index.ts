import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { productDescription } from './product';

/**
 * Every resource of the node: its entry in the Resource dropdown and its properties.
 * The node sorts the dropdown by name. Grouped as in Zoho's API documentation.
 */
export const resources: Array<{ option: INodePropertyOptions; properties: INodeProperties[] }> = [
	// catalog: products, plans, add-ons, coupons, items, price lists
	{ option: { name: 'Product', value: 'product' }, properties: productDescription },
	// customers and payments: customers, contact persons, cards, bank accounts, payments, refunds, payment links
	// subscriptions: subscriptions, unbilled charges, hosted pages
	// documents: invoices, credit notes, quotes
	// events and settings: events, settings, organizations
	// projects and expenses: expenses, recurring expenses, projects, tasks, time entries
];

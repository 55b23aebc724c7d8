import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { creditNoteDescription } from './creditNote';
import { invoiceDescription } from './invoice';
import { quoteDescription } from './quote';
import { expenseDescription } from './expense';
import { organizationDescription } from './organization';
import { projectDescription } from './project';
import { recurringExpenseDescription } from './recurringExpense';
import { settingDescription } from './setting';
import { taskDescription } from './task';
import { timeEntryDescription } from './timeEntry';
import { hostedPageDescription } from './hostedPage';
import { subscriptionDescription } from './subscription';
import { unbilledChargeDescription } from './unbilledCharge';
import { addonDescription } from './addon';
import { couponDescription } from './coupon';
import { itemDescription } from './item';
import { planDescription } from './plan';
import { priceListDescription } from './priceList';
import { productDescription } from './product';
import { eventDescription } from './event';
import { bankAccountDescription } from './bankAccount';
import { cardDescription } from './card';
import { contactPersonDescription } from './contactPerson';
import { customerDescription } from './customer';
import { paymentDescription } from './payment';
import { paymentLinkDescription } from './paymentLink';
import { refundDescription } from './refund';

/**
 * Every resource of the node: its entry in the Resource dropdown and its properties.
 * The node sorts the dropdown by name. Grouped as in Zoho's API documentation.
 */
export const resources: Array<{ option: INodePropertyOptions; properties: INodeProperties[] }> = [
	// catalog: products, plans, add-ons, coupons, items, price lists
	{ option: { name: 'Plan', value: 'plan' }, properties: planDescription },
	{ option: { name: 'Add-On', value: 'addon' }, properties: addonDescription },
	{ option: { name: 'Coupon', value: 'coupon' }, properties: couponDescription },
	{ option: { name: 'Item', value: 'item' }, properties: itemDescription },
	{ option: { name: 'Price List', value: 'priceList' }, properties: priceListDescription },
	{ option: { name: 'Product', value: 'product' }, properties: productDescription },
	// customers and payments: customers, contact persons, cards, bank accounts, payments, refunds, payment links
	{ option: { name: 'Customer', value: 'customer' }, properties: customerDescription },
	{ option: { name: 'Contact Person', value: 'contactPerson' }, properties: contactPersonDescription },
	{ option: { name: 'Card', value: 'card' }, properties: cardDescription },
	{ option: { name: 'Bank Account', value: 'bankAccount' }, properties: bankAccountDescription },
	{ option: { name: 'Payment', value: 'payment' }, properties: paymentDescription },
	{ option: { name: 'Refund', value: 'refund' }, properties: refundDescription },
	{ option: { name: 'Payment Link', value: 'paymentLink' }, properties: paymentLinkDescription },
	// subscriptions: subscriptions, unbilled charges, hosted pages
	{ option: { name: 'Subscription', value: 'subscription' }, properties: subscriptionDescription },
	{ option: { name: 'Unbilled Charge', value: 'unbilledCharge' }, properties: unbilledChargeDescription },
	{ option: { name: 'Hosted Page', value: 'hostedPage' }, properties: hostedPageDescription },
	// documents: invoices, credit notes, quotes
	{ option: { name: 'Invoice', value: 'invoice' }, properties: invoiceDescription },
	{ option: { name: 'Credit Note', value: 'creditNote' }, properties: creditNoteDescription },
	{ option: { name: 'Quote', value: 'quote' }, properties: quoteDescription },
	// events and settings: events, settings, organizations
	{ option: { name: 'Setting', value: 'setting' }, properties: settingDescription },
	{ option: { name: 'Organization', value: 'organization' }, properties: organizationDescription },
	{ option: { name: 'Event', value: 'event' }, properties: eventDescription },
	// projects and expenses: expenses, recurring expenses, projects, tasks, time entries
	{ option: { name: 'Expense', value: 'expense' }, properties: expenseDescription },
	{ option: { name: 'Recurring Expense', value: 'recurringExpense' }, properties: recurringExpenseDescription },
	{ option: { name: 'Project', value: 'project' }, properties: projectDescription },
	{ option: { name: 'Task', value: 'task' }, properties: taskDescription },
	{ option: { name: 'Time Entry', value: 'timeEntry' }, properties: timeEntryDescription },
];

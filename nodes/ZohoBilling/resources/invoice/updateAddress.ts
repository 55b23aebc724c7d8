import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice, showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { addressOption, dropEmptyObjects, INVOICE_ADDRESS_FIELDS } from '../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { atLeastOne } from '../../shared/validation';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Address',
	value: 'updateAddress',
	action: 'Update the address of an invoice',
	description: 'Update the billing and shipping address of an invoice',
	routing: {
		request: { method: 'PUT', url: '/invoices/{invoiceId}/address' },
		send: {
			paginate: true,
			preSend: [
				required('invoiceId', 'Invoice'),
				atLeastOne([
					['billingAddress', 'Billing Address'],
					['shippingAddress', 'Shipping Address'],
				]),
				dropEmptyObjects(['billing_address', 'shipping_address']),
			],
		},
		output: { postReceive: [zohoRecord('invoice_address')] },
	},
};

const shown = (property: INodeProperties): INodeProperties => ({ ...property, displayOptions: showFor('invoice', ['updateAddress']) });

export const properties: INodeProperties[] = [
	notice('invoice', ['updateAddress'], 'Changes the addresses printed on this invoice only; the customer\'s own addresses stay as they are. Set at least one of the two.'),
	invoiceId(['updateAddress']),
	shown({
		...addressOption('billingAddress', 'Billing Address', 'billing_address', INVOICE_ADDRESS_FIELDS),
		description: 'Billing address printed on the invoice; only the address fields set are sent',
	}),
	shown({
		...addressOption('shippingAddress', 'Shipping Address', 'shipping_address', INVOICE_ADDRESS_FIELDS),
		description: 'Shipping address printed on the invoice; only the address fields set are sent',
	}),
];

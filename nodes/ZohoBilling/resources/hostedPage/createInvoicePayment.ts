import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { isZohoId } from '../../shared/subscriptions';
import { zohoRecord } from '../../shared/output';
import { RESOURCE, additionalChecks, additionalFields, options } from './fields';

const OPERATION = 'createInvoicePayment';

export const option: INodePropertyOptions = {
	name: 'Create Invoice Payment Page',
	value: OPERATION,
	action: 'Create a hosted page for paying an invoice',
	description:
		'Create a Zoho payment page (valid one hour) where the customer pays an open invoice. Needs the invoice ID. Outputs the hosted page with its URL.',
	routing: {
		request: { method: 'POST', url: '/hostedpages/invoicepayment' },
		send: { paginate: true, preSend: [check('invoiceId', 'Invoice', [isZohoId], true), ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	recordLocator({
		name: 'invoiceId',
		displayName: 'Invoice',
		resource: RESOURCE,
		operations: [OPERATION],
		searchListMethod: 'searchInvoices',
		idPlaceholder: '90300000079426',
		description: 'The invoice to pay: pick it from the list or enter its invoice_id',
		send: { type: 'body', property: 'invoice_id' },
	}),
	additionalFields(
		[OPERATION],
		[
			options.extraJson,
			{
				displayName: 'Hosted Page Template ID',
				name: 'hostedpage_settings_id',
				type: 'string',
				default: '',
				placeholder: '90300000079469',
				description: 'ID of the hosted page template (look and fields of the page)',
				routing: { send: { type: 'body', property: 'hostedpage_settings_id' } },
			},
			options.paymentGateways,
			options.redirectUrl,
		],
	),
];

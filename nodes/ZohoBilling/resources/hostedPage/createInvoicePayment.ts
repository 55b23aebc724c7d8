import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { invoiceLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { RESOURCE, additionalChecks, additionalFields, options, pageNotice } from './fields';
import { text } from '../../../shared/fields';

const OPERATION = 'createInvoicePayment';

export const option: INodePropertyOptions = {
	name: 'Create Invoice Payment Page',
	value: OPERATION,
	action: 'Create a hosted page for paying an invoice',
	description: 'Create a page where a customer pays an open invoice',
	routing: {
		request: { method: 'POST', url: '/hostedpages/invoicepayment' },
		send: { paginate: true, preSend: [check('invoiceId', 'Invoice', [isZohoId], true), ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	pageNotice(OPERATION),
	invoiceLocator(RESOURCE, [OPERATION], 'The invoice to pay: pick it from the list or enter its invoice_id', { type: 'body', property: 'invoice_id' }),
	additionalFields(
		[OPERATION],
		[
			options.extraJson,
			text('hostedpage_settings_id', 'Hosted Page Template ID', 'ID of the hosted page template (look and fields of the page)', 'body', { placeholder: '90300000079469' }),
			options.paymentGateways,
			options.redirectUrl,
		],
	),
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { customerLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { RESOURCE, additionalChecks, additionalFields, options, pageNotice } from './fields';

const OPERATION = 'createAddPaymentMethod';

export const option: INodePropertyOptions = {
	name: 'Create Add Payment Method Page',
	value: OPERATION,
	action: 'Create a hosted page for adding a payment method',
	description: 'Create a page where a customer adds a card or bank account',
	routing: {
		request: { method: 'POST', url: '/hostedpages/addpaymentmethod' },
		send: { paginate: true, preSend: [check('customerId', 'Customer', [isZohoId], true), ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	pageNotice(OPERATION),
	customerLocator(RESOURCE, [OPERATION], {
		description: 'The customer who adds a payment method: pick it from the list or enter its customer_id',
		send: { type: 'body', property: 'customer_id' },
	}),
	additionalFields([OPERATION], [options.extraJson, options.paymentGateways, options.redirectUrl]),
];

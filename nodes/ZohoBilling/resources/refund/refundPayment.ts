import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { plainIdField } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { amountParameter, refundAdditionalFields, refundChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Refund a Payment',
	value: 'refundPayment',
	action: 'Refund a payment',
	description: 'Refund a payment collected through a payment gateway',
	routing: {
		request: { method: 'POST', url: '/payments/{paymentId}/refunds' },
		send: { paginate: true, preSend: [required('paymentId', 'Payment ID'), ...refundChecks] },
		output: { postReceive: [zohoRecord('refund')] },
	},
};

export const properties: INodeProperties[] = [
	notice('refund', ['refundPayment'], 'Zoho creates a credit note for the amount and refunds it to the customer\'s card.'),
	plainIdField({
		name: 'paymentId',
		displayName: 'Payment ID',
		resource: 'refund',
		operations: ['refundPayment'],
		placeholder: '90300000081385',
		description: 'ID of the payment to refund (payment_id); only gateway (autotransaction) payments can be refunded',
	}),
	amountParameter('refundPayment', 'Amount to refund, in the payment\'s currency (greater than 0, at most the amount not yet refunded)'),
	refundAdditionalFields('refundPayment'),
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { plainIdField } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { amountParameter, refundAdditionalFields, refundChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Refund a Credit Note',
	value: 'refundCreditNote',
	action: 'Refund a credit note',
	description: 'Refund a credit note\'s unused balance to the customer',
	routing: {
		request: { method: 'POST', url: '/creditnotes/{creditNoteId}/refunds' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note ID'), ...refundChecks] },
		output: { postReceive: [zohoRecord('refund')] },
	},
};

export const properties: INodeProperties[] = [
	plainIdField({
		name: 'creditNoteId',
		displayName: 'Credit Note ID',
		resource: 'refund',
		operations: ['refundCreditNote'],
		placeholder: '90300000081375',
		description: 'ID of the credit note to refund (creditnote_id)',
	}),
	amountParameter('refundCreditNote', 'Amount to refund (greater than 0, at most the credit note\'s unused balance)'),
	refundAdditionalFields('refundCreditNote'),
];

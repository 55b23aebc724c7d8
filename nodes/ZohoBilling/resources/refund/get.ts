import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { plainIdField } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a refund',
	description: 'Retrieve a refund of a payment or a credit note',
	routing: {
		request: { method: 'GET', url: '/creditnotes/refunds/{refundId}' },
		send: { paginate: true, preSend: [required('refundId', 'Refund ID')] },
		output: { postReceive: [zohoRecord('refund')] },
	},
};

export const properties: INodeProperties[] = [
	// Zoho documents no list of refunds, so the ID is typed (no picker)
	plainIdField({
		name: 'refundId',
		displayName: 'Refund ID',
		resource: 'refund',
		operations: ['get'],
		placeholder: '90300000081385',
		description: 'ID of the refund (refund_id), as output by Refund a Payment or Refund a Credit Note',
	}),
];

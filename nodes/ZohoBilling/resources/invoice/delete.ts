import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an invoice',
	description: 'Delete an invoice by ID. Zoho refuses when payments or credit notes are applied to it (void it instead).',
	routing: {
		request: { method: 'DELETE', url: '/invoices/{invoiceId}' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [invoiceId(['delete'])];

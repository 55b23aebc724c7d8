import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a credit note',
	description: 'Delete a credit note by ID. Zoho refuses when its credits are applied to invoices. Outputs { success, message }.',
	routing: {
		request: { method: 'DELETE', url: '/creditnotes/{creditNoteId}' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [creditNoteId(['delete'])];

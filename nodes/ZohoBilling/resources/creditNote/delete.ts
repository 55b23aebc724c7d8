import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a credit note',
	description: 'Delete a credit note',
	routing: {
		request: { method: 'DELETE', url: '/creditnotes/{creditNoteId}' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	notice('creditNote', ['delete'], 'Zoho refuses to delete a credit note whose credits are applied to invoices.'),
	creditNoteId(['delete']),
];

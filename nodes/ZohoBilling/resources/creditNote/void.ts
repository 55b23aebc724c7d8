import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Void',
	value: 'void',
	action: 'Void a credit note',
	description: 'Void a credit note so its credit can no longer be used',
	routing: {
		request: { method: 'POST', url: '/creditnotes/{creditNoteId}/void' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	notice('creditNote', ['void'], 'Convert to Open makes a voided credit note usable again.'),
	creditNoteId(['void']),
];

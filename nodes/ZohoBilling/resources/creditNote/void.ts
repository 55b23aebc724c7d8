import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Void',
	value: 'void',
	action: 'Void a credit note',
	description: 'Mark a credit note as void: its credit can no longer be used. Undo with Convert to Open. Outputs { success, message }.',
	routing: {
		request: { method: 'POST', url: '/creditnotes/{creditNoteId}/void' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [creditNoteId(['void'])];

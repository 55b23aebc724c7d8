import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Convert to Open',
	value: 'convertToOpen',
	action: 'Open a voided credit note',
	description: 'Make a voided credit note open again',
	routing: {
		request: { method: 'POST', url: '/creditnotes/{creditNoteId}/converttoopen' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [creditNoteId(['convertToOpen'])];

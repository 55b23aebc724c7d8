import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a credit note',
	description: 'Retrieve one credit note by ID: number, status (open, closed, void), customer, lines, total, remaining balance and the invoices it was applied to',
	routing: {
		request: { method: 'GET', url: '/creditnotes/{creditNoteId}' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note')] },
		output: { postReceive: [zohoRecord('credit_note')] },
	},
};

export const properties: INodeProperties[] = [creditNoteId(['get'])];

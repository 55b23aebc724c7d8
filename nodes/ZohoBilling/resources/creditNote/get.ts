import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a credit note',
	description: 'Retrieve a credit note with its balance and the invoices it paid',
	routing: {
		request: { method: 'GET', url: '/creditnotes/{creditNoteId}' },
		send: { paginate: true, preSend: [required('creditNoteId', 'Credit Note')] },
		output: { postReceive: [zohoRecord('credit_note')] },
	},
};

export const properties: INodeProperties[] = [creditNoteId(['get'])];

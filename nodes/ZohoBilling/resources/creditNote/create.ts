import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { bodyWhenSet, zohoDateField } from '../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { documentCustomer } from '../invoice/fields';
import { creditNoteChecks, creditNoteFields, creditNoteItemChecks, creditNoteItems } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a credit note',
	description: 'Create a credit note: money owed to a customer',
	routing: {
		request: { method: 'POST', url: '/creditnotes' },
		send: {
			paginate: true,
			preSend: [
				required('customerId', 'Customer'),
				required('date', 'Date'),
				creditNoteItemChecks,
				...creditNoteChecks,
				bodyWhenSet('additionalFields.creditnote_number', 'ignore_auto_number_generation', true),
			],
		},
		output: { postReceive: [zohoRecord('credit_note')] },
	},
};

export const properties: INodeProperties[] = [
	documentCustomer('creditNote', ['create'], { required: true, description: 'The customer the credit is for: pick from the list or enter the ID' }),
	{ ...zohoDateField('date', 'Date', 'Date of the credit note'), required: true, displayOptions: showFor('creditNote', ['create']) },
	creditNoteItems,
	collection('creditNote', ['create'], 'additionalFields', 'Additional Fields', creditNoteFields),
];

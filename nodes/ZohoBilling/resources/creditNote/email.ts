import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { isEmailList } from '../../shared/validation';
import { emailFields } from '../invoice/fields';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Email',
	value: 'email',
	action: 'Email a credit note',
	description: 'Email a credit note, with its PDF attached',
	routing: {
		request: { method: 'POST', url: '/creditnotes/{creditNoteId}/email' },
		send: {
			paginate: true,
			preSend: [
				required('creditNoteId', 'Credit Note'),
				check('toMailIds', 'To', [isEmailList], true),
				required('subject', 'Subject'),
				required('body', 'Body'),
				check('emailFields.cc_mail_ids', 'CC', [isEmailList]),
			],
		},
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [creditNoteId(['email']), ...emailFields('creditNote', 'credit note')];

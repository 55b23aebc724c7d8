import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { isEmailList } from '../../shared/validation';
import { emailFields, invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Email',
	value: 'email',
	action: 'Email an invoice',
	description:
		'Email an invoice (Zoho attaches its PDF). Needs the recipients (To, comma-separated addresses), a subject and a body; CC is optional. A draft invoice becomes sent. Outputs { success, message }.',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/email' },
		send: {
			paginate: true,
			preSend: [
				required('invoiceId', 'Invoice'),
				check('toMailIds', 'To', [isEmailList], true),
				required('subject', 'Subject'),
				required('body', 'Body'),
				check('emailFields.cc_mail_ids', 'CC', [isEmailList]),
			],
		},
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [invoiceId(['email']), ...emailFields('invoice', 'invoice')];

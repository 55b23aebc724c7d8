import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { check, required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { isEmailList } from '../../shared/validation';
import { emailFields, invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Email',
	value: 'email',
	action: 'Email an invoice',
	description: 'Email an invoice, with its PDF, to the addresses you give',
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

export const properties: INodeProperties[] = [notice('invoice', ['email'], 'A draft invoice becomes sent once it is emailed.'), invoiceId(['email']), ...emailFields('invoice', 'invoice')];

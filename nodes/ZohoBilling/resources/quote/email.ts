import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { boolean, notice, showFor, text } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { LIST_VALUE } from '../../shared/fields';
import { zohoActionResult } from '../../shared/output';
import { isEmailList } from '../../shared/validation';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Email',
	value: 'email',
	action: 'Email a quote',
	description: 'Email a quote to the customer, with its PDF',
	routing: {
		request: { method: 'POST', url: '/estimates/{quoteId}/email' },
		send: {
			paginate: true,
			preSend: [
				required('quoteId', 'Quote'),
				check('emailOptions.to_mail_ids', 'To', [isEmailList]),
				check('emailOptions.cc_mail_ids', 'CC', [isEmailList]),
				check('emailOptions.subject', 'Subject', [maxLength(1000)]),
			],
		},
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	notice('quote', ['email'], 'A draft quote becomes sent. Without Email Options, Zoho sends its default email to the quote\'s contact persons.'),
	quoteId(['email']),
	{
		displayName: 'Email Options',
		name: 'emailOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('quote', ['email']),
		options: [
			text('body', 'Body', 'Text of the email (Zoho\'s default text when not set)', 'body', { typeOptions: { rows: 4 } }),
			{
				displayName: 'CC',
				name: 'cc_mail_ids',
				type: 'string',
				default: '',
				placeholder: 'accounts@example.com',
				description: 'Comma-separated email addresses copied on the email',
				routing: { send: { type: 'body', property: 'cc_mail_ids', value: LIST_VALUE } },
			},
			boolean('send_from_org_email_id', 'Send From Organization Email', 'Whether the email is sent from the organization\'s email address'),
			text('subject', 'Subject', 'Subject of the email (Zoho\'s default subject when not set)'),
			{
				displayName: 'To',
				name: 'to_mail_ids',
				type: 'string',
				default: '',
				placeholder: 'customer@example.com',
				description: 'Comma-separated email addresses the quote is sent to (the quote\'s contact persons when not set)',
				routing: { send: { type: 'body', property: 'to_mail_ids', value: LIST_VALUE } },
			},
		],
	},
];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice, showFor } from '../../../shared/fields';
import { check, required } from '../../../shared/validation';
import { zohoUnwrapped } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Email Content',
	value: 'getEmailContent',
	action: 'Get the email content of a quote',
	description: 'Get the email Zoho would send with a quote, to review before Email',
	routing: {
		request: { method: 'GET', url: '/estimates/{quoteId}/email' },
		send: { paginate: true, preSend: [required('quoteId', 'Quote'), check('emailTemplateId', 'Email Template ID', [isZohoId])] },
		output: { postReceive: [zohoUnwrapped()] },
	},
};

export const properties: INodeProperties[] = [
	notice('quote', ['getEmailContent'], 'Outputs the subject, body, recipients (to_contacts), senders (from_emails), email templates and the attachment\'s file name.'),
	quoteId(['getEmailContent']),
	{
		displayName: 'Email Template ID',
		name: 'emailTemplateId',
		type: 'string',
		default: '',
		placeholder: '982000000000150',
		description: 'ID of the email template to base the content on (the customer\'s template, or the default, when empty)',
		displayOptions: showFor('quote', ['getEmailContent']),
		routing: { send: { type: 'query', property: 'email_template_id', value: '={{ $value === "" ? undefined : $value }}' } },
	},
];

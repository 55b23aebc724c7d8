import type { IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { inputBinaryField, multipartFile } from '../../shared/fields';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const ATTACHMENT_EXTENSIONS = ['gif', 'png', 'jpeg', 'jpg', 'bmp', 'pdf'];

export const option: INodePropertyOptions = {
	name: 'Add Attachment',
	value: 'addAttachment',
	action: 'Add an attachment to an invoice',
	description: 'Attach a file from the input item to an invoice',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/attachment' },
		send: {
			paginate: true,
			preSend: [
				required('invoiceId', 'Invoice'),
				multipartFile({
					binaryParameter: 'binaryPropertyName',
					binaryLabel: 'Input Binary Field',
					fileField: 'attachment',
					allowedExtensions: ATTACHMENT_EXTENSIONS,
					fields: (context: IExecuteSingleFunctions) => ({
						can_send_in_mail: String(context.getNodeParameter('canSendInMail', false) === true),
					}),
				}),
			],
		},
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	invoiceId(['addAttachment']),
	inputBinaryField('invoice', ['addAttachment'], 'Name of the input item\'s binary field holding the file to attach: gif, png, jpeg, jpg, bmp or pdf'),
	{
		displayName: 'Send in Email',
		name: 'canSendInMail',
		type: 'boolean',
		default: false,
		description: 'Whether the file is attached to the emails of this invoice',
		displayOptions: showFor('invoice', ['addAttachment']),
	},
];

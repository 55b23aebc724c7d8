import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator, shown, text } from '../../shared/descriptions';
import { jfwBinaryFile, withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'download';

export const option: INodePropertyOptions = {
	name: 'Download',
	value: operation,
	action: 'Download an invoice',
	description:
		'Download an invoice\'s document (usually a PDF) into the binary property named in "Put Output File in Field"; the output JSON is { invoiceId, fileName, mimeType, fileSize, binaryProperty }',
	routing: {
		request: {
			method: 'POST',
			url: idPath('/v1/invoices', 'invoice', '/download'),
			encoding: 'arraybuffer',
			json: false,
			headers: { Accept: 'application/pdf, application/octet-stream, */*' },
		},
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice'), required('binaryPropertyName', 'Put Output File in Field'), withoutBody] },
		output: {
			postReceive: [jfwBinaryFile({ idParameter: 'invoiceId', idField: 'invoiceId', binaryParameter: 'binaryPropertyName', prefix: 'invoice' })],
		},
	},
};

export const properties = [
	locator('invoice', 'invoice', [operation]),
	shown(
		'invoice',
		[operation],
		text('binaryPropertyName', 'Put Output File in Field', 'The name of the binary property the invoice file is put in', false, { default: 'data', hint: 'The name of the output binary field to put the file in' }),
		true,
	),
];

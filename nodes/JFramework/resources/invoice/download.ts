import { shown, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwBinaryFile } from '../../shared/output';

const value = 'download';

export const { option, properties } = operation({
	resource: 'invoice',
	value,
	name: 'Download',
	action: 'Download an invoice',
	description: 'Download an invoice document, usually a PDF',
	request: {
		method: 'POST',
		url: idPath('/v1/invoices', 'invoice', '/download'),
		encoding: 'arraybuffer',
		json: false,
		headers: { Accept: 'application/pdf, application/octet-stream, */*' },
	},
	preSend: [required('invoiceId', 'Invoice'), required('binaryPropertyName', 'Put Output File in Field'), withoutBody],
	output: [jfwBinaryFile({ idParameter: 'invoiceId', idField: 'invoiceId', binaryParameter: 'binaryPropertyName', prefix: 'invoice' })],
	notice: 'Outputs the file in the binary field named below, and { invoiceId, fileName, mimeType, fileSize, binaryProperty }.',
	properties: [
		locator('invoice', 'invoice', [value]),
		shown(
			'invoice',
			[value],
			text('binaryPropertyName', 'Put Output File in Field', 'The name of the binary property the invoice file is put in', false, { default: 'data', hint: 'The name of the output binary field to put the file in' }),
			true,
		),
	],
});

import type { IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { outputBinaryField } from '../../shared/fields';
import { PDF_REQUEST, zohoPdf } from '../../shared/output';
import { invoiceId } from './fields';
import { withoutBody } from '../../../shared/operations';

const idOf = (context: IExecuteSingleFunctions) => String(context.getNodeParameter('invoiceId', '', { extractValue: true }) ?? '');

export const option: INodePropertyOptions = {
	name: 'Download PDF',
	value: 'downloadPdf',
	action: 'Download an invoice as PDF',
	description: 'Download an invoice as a PDF file',
	routing: {
		request: {
			method: 'GET',
			url: '/invoices/{invoiceId}',
			qs: { accept: 'pdf' },
			...PDF_REQUEST,
		},
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice'), required('binaryPropertyName', 'Put Output File in Field'), withoutBody] },
		output: {
			postReceive: [
				zohoPdf({
					binaryParameter: 'binaryPropertyName',
					fallbackName: (context) => `invoice-${idOf(context).replace(/[^\w.-]+/g, '_')}.pdf`,
					json: (context) => ({ invoice_id: idOf(context) }),
				}),
			],
		},
	},
};

export const properties: INodeProperties[] = [
	invoiceId(['downloadPdf']),
	outputBinaryField('invoice', ['downloadPdf'], 'Name of the output binary field the PDF is put in; the file is named as in Zoho, e.g. INV-000384.pdf'),
];

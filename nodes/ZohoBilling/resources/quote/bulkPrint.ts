import type { IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listEntries, required } from '../../../shared/validation';
import { outputBinaryField } from '../../shared/fields';
import { PDF_REQUEST, zohoPdf } from '../../shared/output';
import { quoteIdsCheck, quoteIdsField } from './fields';
import { withoutBody } from '../../../shared/operations';

const ids = (context: IExecuteSingleFunctions) => listEntries(context.getNodeParameter('quoteIds', ''));

export const option: INodePropertyOptions = {
	name: 'Bulk Print',
	value: 'bulkPrint',
	action: 'Print quotes as one PDF',
	description: 'Get up to 25 quotes as one print-ready PDF file',
	routing: {
		request: { method: 'GET', url: '/estimates/print', ...PDF_REQUEST },
		send: { paginate: true, preSend: [quoteIdsCheck(25), required('binaryPropertyName', 'Put Output File in Field'), withoutBody] },
		output: {
			postReceive: [
				zohoPdf({
					binaryParameter: 'binaryPropertyName',
					fallbackName: () => 'quotes-print.pdf',
					json: (context) => ({ estimate_ids: ids(context) }),
				}),
			],
		},
	},
};

export const properties: INodeProperties[] = [
	quoteIdsField(['bulkPrint'], 25, 'print'),
	outputBinaryField('quote', ['bulkPrint'], 'Name of the output binary field the PDF is put in'),
];

import type { IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listEntries, required } from '../../../shared/validation';
import { outputBinaryField } from '../../shared/fields';
import { PDF_REQUEST, zohoPdf } from '../../shared/output';
import { quoteIdsCheck, quoteIdsField } from './fields';
import { withoutBody } from '../../../shared/operations';

const ids = (context: IExecuteSingleFunctions) => listEntries(context.getNodeParameter('quoteIds', ''));

export const option: INodePropertyOptions = {
	name: 'Bulk Export',
	value: 'bulkExport',
	action: 'Export quotes as one PDF',
	description: 'Export one quote, or up to 25, as a single PDF file',
	routing: {
		request: { method: 'GET', url: '/estimates/pdf', ...PDF_REQUEST },
		send: { paginate: true, preSend: [quoteIdsCheck(25), required('binaryPropertyName', 'Put Output File in Field'), withoutBody] },
		output: {
			postReceive: [
				zohoPdf({
					binaryParameter: 'binaryPropertyName',
					fallbackName: () => 'quotes.pdf',
					json: (context) => ({ estimate_ids: ids(context) }),
				}),
			],
		},
	},
};

export const properties: INodeProperties[] = [
	quoteIdsField(['bulkExport'], 25, 'export'),
	outputBinaryField('quote', ['bulkExport'], 'Name of the output binary field the PDF is put in'),
];

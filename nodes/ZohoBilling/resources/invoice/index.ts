import type { INodeProperties } from 'n8n-workflow';

import * as addAttachment from './addAttachment';
import * as addLineItems from './addLineItems';
import * as applyCredits from './applyCredits';
import * as cancelWriteOff from './cancelWriteOff';
import * as collectCharge from './collectCharge';
import * as convertToOpen from './convertToOpen';
import * as create from './create';
import * as del from './delete';
import * as deleteLineItem from './deleteLineItem';
import * as downloadPdf from './downloadPdf';
import * as email from './email';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';
import * as updateAddress from './updateAddress';
import * as updateCustomFields from './updateCustomFields';
import * as updateCustomFieldsById from './updateCustomFieldsById';
import * as voidInvoice from './void';
import * as writeOff from './writeOff';

const operations = [
	addAttachment,
	addLineItems,
	applyCredits,
	cancelWriteOff,
	collectCharge,
	convertToOpen,
	create,
	del,
	deleteLineItem,
	downloadPdf,
	email,
	get,
	getAll,
	update,
	updateAddress,
	updateCustomFields,
	updateCustomFieldsById,
	voidInvoice,
	writeOff,
];

export const invoiceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: operations.map((operation) => operation.option).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];

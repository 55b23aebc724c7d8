import type { INodeProperties } from 'n8n-workflow';

import * as addComment from './addComment';
import * as bulkExport from './bulkExport';
import * as bulkPrint from './bulkPrint';
import * as create from './create';
import * as del from './delete';
import * as deleteComment from './deleteComment';
import * as email from './email';
import * as emailMultiple from './emailMultiple';
import * as get from './get';
import * as getAll from './getAll';
import * as getEmailContent from './getEmailContent';
import * as listComments from './listComments';
import * as listTemplates from './listTemplates';
import * as markAsAccepted from './markAsAccepted';
import * as markAsDeclined from './markAsDeclined';
import * as markAsSent from './markAsSent';
import * as update from './update';
import * as updateComment from './updateComment';
import * as updateTemplate from './updateTemplate';

const operations = [
	addComment,
	bulkExport,
	bulkPrint,
	create,
	del,
	deleteComment,
	email,
	emailMultiple,
	get,
	getAll,
	getEmailContent,
	listComments,
	listTemplates,
	markAsAccepted,
	markAsDeclined,
	markAsSent,
	update,
	updateComment,
	updateTemplate,
];

export const quoteDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['quote'] } },
		options: operations.map((operation) => operation.option).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];

import type { INodeProperties } from 'n8n-workflow';

import * as activate from './activate';
import * as assignUser from './assignUser';
import * as clone from './clone';
import * as create from './create';
import * as deactivate from './deactivate';
import * as del from './delete';
import * as deleteComment from './deleteComment';
import * as deleteUser from './deleteUser';
import * as get from './get';
import * as getAll from './getAll';
import * as getUser from './getUser';
import * as inviteUser from './inviteUser';
import * as listComments from './listComments';
import * as listInvoices from './listInvoices';
import * as listUsers from './listUsers';
import * as postComment from './postComment';
import * as update from './update';
import * as updateUser from './updateUser';

// in the order of their names (the Operation list is sorted alphabetically)
const operations = [
	activate,
	assignUser,
	clone,
	create,
	deactivate,
	del,
	deleteComment,
	deleteUser,
	get,
	getAll,
	getUser,
	inviteUser,
	listComments,
	listInvoices,
	listUsers,
	postComment,
	update,
	updateUser,
];

export const projectDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['project'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];

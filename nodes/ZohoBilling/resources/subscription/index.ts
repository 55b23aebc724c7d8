import type { INodeProperties } from 'n8n-workflow';

import * as addCharge from './addCharge';
import * as addContactPersons from './addContactPersons';
import * as addNote from './addNote';
import * as associateCoupon from './associateCoupon';
import * as buyOneTimeAddon from './buyOneTimeAddon';
import * as cancelAtTermEnd from './cancelAtTermEnd';
import * as cancelNow from './cancelNow';
import * as changeAutoCollect from './changeAutoCollect';
import * as create from './create';
import * as del from './delete';
import * as deleteNote from './deleteNote';
import * as get from './get';
import * as getAll from './getAll';
import * as getRecentActivities from './getRecentActivities';
import * as getScheduledChanges from './getScheduledChanges';
import * as postponeRenewal from './postponeRenewal';
import * as reactivate from './reactivate';
import * as removeCard from './removeCard';
import * as removeCoupon from './removeCoupon';
import * as setLineItemDescription from './setLineItemDescription';
import * as update from './update';
import * as updateCard from './updateCard';
import * as updateCustomFields from './updateCustomFields';
import * as updateReference from './updateReference';
import * as updateSalesperson from './updateSalesperson';

/** Every operation of Zoho's Subscriptions API (24; Cancel is split into Cancel Now and Cancel at Term End), by name. */
const operations = [
	addCharge,
	addContactPersons,
	addNote,
	associateCoupon,
	buyOneTimeAddon,
	cancelAtTermEnd,
	cancelNow,
	changeAutoCollect,
	create,
	del,
	deleteNote,
	get,
	getAll,
	getRecentActivities,
	getScheduledChanges,
	postponeRenewal,
	reactivate,
	removeCard,
	removeCoupon,
	setLineItemDescription,
	update,
	updateCard,
	updateCustomFields,
	updateReference,
	updateSalesperson,
].sort((a, b) => a.option.name.localeCompare(b.option.name));

export const subscriptionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['subscription'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];

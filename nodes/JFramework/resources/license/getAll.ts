import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { check, isDateTime } from '../../../shared/validation';
import { boolean, choice, dateTime, text } from '../../../shared/fields';
import { LICENSE_STATUS, LICENSE_TYPE, optionalLocator } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

/**
 * The creator filter under both of its names: JFramework's SDK sends `createdBy` (a user code), its
 * API documentation names the parameter `CreatedUserId`; a server that reads only one of them would
 * otherwise ignore the filter and list every license.
 */
const createdByUnderBothNames: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	if (qs.createdBy !== undefined && qs.createdBy !== '') requestOptions.qs = { ...qs, CreatedUserId: qs.createdBy };
	return requestOptions;
};

export const { option, properties } = listOperation({
	resource: 'license',
	path: '/v1/licenses',
	paged: true,
	action: 'Get many licenses',
	description: 'Retrieve many licenses',
	preSend: [
		check('filters.startDate', 'Start Date', [isDateTime]),
		check('filters.endDate', 'End Date', [isDateTime]),
		check('filters.usedDate', 'Used Date', [isDateTime]),
		createdByUnderBothNames,
	],
	filters: [
		text('createdBy', 'Created By (User Code)', 'Only licenses created by the user with this code. Sent twice, as createdBy (the name in JFramework\'s SDK) and as CreatedUserId (the name in its API documentation), since the two disagree.', 'query'),
		text('description', 'Description', 'Only licenses whose description matches this text', 'query'),
		dateTime('endDate', 'End Date', 'Only licenses ending on this date (ISO 8601, e.g. 2025-02-01)', 'query'),
		boolean('isUsed', 'Is Used', 'Whether to return only used licenses (true) or only unused ones (false)', 'query'),
		text('keywords', 'Keywords', 'Text to search for in the license code, description and tags', 'query'),
		text('licenseCode', 'License Code', 'Only the license with this code', 'query'),
		optionalLocator('package', { type: 'query', property: 'packageId' }, { description: 'Only licenses of this package' }),
		text('refLicense', 'Reference License', 'Only licenses that refer to this license', 'query'),
		text('sourceId', 'Source ID', 'Only licenses from this source', 'query'),
		dateTime('startDate', 'Start Date', 'Only licenses starting on this date (ISO 8601, e.g. 2025-01-01)', 'query'),
		choice('status', 'Status', 'Only licenses in this state', LICENSE_STATUS, 'query'),
		optionalLocator('subscriptionType', { type: 'query', property: 'subscriptionTypeId' }, { description: 'Only licenses of this subscription type' }),
		text('tags', 'Tags', 'Only licenses with these tags', 'query'),
		boolean('testMode', 'Test Mode', 'Whether to return only test-mode licenses (true) or only live ones (false)', 'query'),
		choice('type', 'Type', 'Only licenses of this type', LICENSE_TYPE, 'query'),
		dateTime('usedDate', 'Used Date', 'Only licenses used on this date (ISO 8601)', 'query'),
		text('usedBy', 'Used By (User Code)', 'Only licenses used by the user with this code', 'query'),
	],
	sortFields: [
		['Amount', 'amount'],
		['Code', 'code'],
		['Created Date', 'createdDate'],
		['Description', 'description'],
		['ID', 'id'],
		['Status', 'status'],
		['Tags', 'tags'],
		['Type', 'type'],
	],
});

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator, showFor } from '../../shared/descriptions';
import { featureEntriesBody, featureEntryValues } from '../../shared/featureSettings';
import { jfwValue } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'addPackages';

export const option: INodePropertyOptions = {
	name: 'Add Packages',
	value: operation,
	action: 'Add a feature to packages',
	description:
		'Add one feature to one or more packages, each with its type (Function or Limitation) and optional title, value (limit), unlimited flag and quota reset policy; outputs { featureId, added }',
	routing: {
		request: { method: 'POST', url: idPath('/v1/features', 'feature', '/packages') },
		send: { paginate: true, preSend: [required('featureId', 'Feature'), featureEntriesBody('packages', 'packageId')] },
		output: { postReceive: [jfwValue('added', { featureId: 'featureId' })] },
	},
};

export const properties: INodeProperties[] = [
	locator('feature', 'feature', [operation]),
	{
		displayName: 'Packages',
		name: 'packages',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Package',
		default: {},
		required: true,
		description: 'The packages to add the feature to, and how it works in each',
		displayOptions: showFor('feature', [operation]),
		options: [{ displayName: 'Package', name: 'entry', values: featureEntryValues('package') }],
	},
];

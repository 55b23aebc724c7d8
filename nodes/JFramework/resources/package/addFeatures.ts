import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { packageLocator, showFor } from '../../shared/descriptions';
import { featureEntriesBody, featureEntryValues } from '../../shared/featureSettings';
import { jfwValue } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'addFeatures';

export const option: INodePropertyOptions = {
	name: 'Add Features',
	value: operation,
	action: 'Add features to a package',
	description:
		'Add one or more features to a package, each with its type (Function or Limitation) and optional title, value (limit), unlimited flag and quota reset policy; outputs { packageId, added }',
	routing: {
		request: { method: 'POST', url: idPath('/v1/packages', 'package', '/features') },
		send: { paginate: true, preSend: [required('packageId', 'Package'), featureEntriesBody('features', 'featureId')] },
		output: { postReceive: [jfwValue('added', { packageId: 'packageId' })] },
	},
};

export const properties: INodeProperties[] = [
	packageLocator('package', [operation]),
	{
		displayName: 'Features',
		name: 'features',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Feature',
		default: {},
		required: true,
		description: 'The features to add and how each works in the package',
		displayOptions: showFor('package', [operation]),
		options: [{ displayName: 'Feature', name: 'entry', values: featureEntryValues('feature') }],
	},
];

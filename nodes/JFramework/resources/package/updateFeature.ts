import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { FEATURE_TYPE, choice, collection, locator, packageLocator, shown } from '../../shared/descriptions';
import { customIntervalCheck, featureSettingFields } from '../../shared/featureSettings';
import { jfwValue } from '../../shared/lists';

const operation = 'updateFeature';

export const option: INodePropertyOptions = {
	name: 'Update Feature',
	value: operation,
	action: 'Update a feature in a package',
	description: 'Replace how a feature works in a package: the type (Function or Limitation) is always sent; JFramework clears the title, value, unlimited flag and reset policy when they are not set. Outputs { packageId, featureId, updated }.',
	routing: {
		request: {
			method: 'PUT',
			url: '/v1/packages/{packageId}/features/{featureId}',
		},
		send: {
			paginate: true,
			preSend: [required('packageId', 'Package'), required('featureId', 'Feature'), customIntervalCheck('updateFields')],
		},
		output: { postReceive: [jfwValue('updated', { packageId: 'packageId', featureId: 'featureId' })] },
	},
};

export const properties = [
	packageLocator('package', [operation]),
	locator('feature', 'package', [operation], { description: 'The feature of the package to change: pick it from the list or enter its ID' }),
	shown('package', [operation], choice('type', 'Type', 'Function (the feature is on or off) or Limitation (the feature has a limit, see Value)', FEATURE_TYPE), true),
	collection('package', [operation], 'updateFields', 'Update Fields', featureSettingFields('body')),
];

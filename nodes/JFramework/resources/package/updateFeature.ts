import { choice, collection, shown } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { FEATURE_TYPE, locator, packageLocator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/output';
import { customIntervalCheck, featureSettingFields } from '../../shared/packageFeatures';

const value = 'updateFeature';

export const { option, properties } = operation({
	resource: 'package',
	value,
	name: 'Update Feature',
	action: 'Update a feature in a package',
	description: 'Replace how a feature works in a package',
	request: { method: 'PUT', url: '/v1/packages/{packageId}/features/{featureId}' },
	preSend: [required('packageId', 'Package'), required('featureId', 'Feature'), customIntervalCheck('updateFields')],
	output: [jfwValue('updated', { packageId: 'packageId', featureId: 'featureId' })],
	notice: 'JFramework replaces the feature\'s settings in the package: the type is sent again, and JFramework clears the Update Fields that are not set. Outputs { packageId, featureId, updated }.',
	properties: [
		packageLocator('package', [value]),
		locator('feature', 'package', [value], { description: 'The feature of the package to change: pick it from the list or enter its ID' }),
		shown('package', [value], choice('type', 'Type', 'Function (the feature is on or off) or Limitation (the feature has a limit, see Value)', FEATURE_TYPE), true),
		collection('package', [value], 'updateFields', 'Update Fields', featureSettingFields('body')),
	],
});

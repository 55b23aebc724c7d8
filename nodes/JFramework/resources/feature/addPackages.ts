import { locator } from '../../shared/descriptions';
import { addLinksOperation } from '../../shared/packageFeatures';

export const { option, properties } = addLinksOperation({
	from: 'feature',
	value: 'addPackages',
	name: 'Add Packages',
	action: 'Add a feature to packages',
	description: 'Add a feature to packages, with how it works in each',
	picker: locator('feature', 'feature', ['addPackages']),
	list: { displayName: 'Packages', placeholder: 'Add Package', description: 'The packages to add the feature to, and how it works in each' },
});

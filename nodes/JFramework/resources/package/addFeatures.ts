import { packageLocator } from '../../shared/descriptions';
import { addLinksOperation } from '../../shared/packageFeatures';

export const { option, properties } = addLinksOperation({
	from: 'package',
	value: 'addFeatures',
	name: 'Add Features',
	action: 'Add features to a package',
	description: 'Add features to a package, with how each works in it',
	picker: packageLocator('package', ['addFeatures']),
	list: { displayName: 'Features', placeholder: 'Add Feature', description: 'The features to add and how each works in the package' },
});

import { packageLocator } from '../../shared/descriptions';
import { removeLinksOperation } from '../../shared/packageFeatures';

export const { option, properties } = removeLinksOperation({
	from: 'package',
	value: 'removeFeatures',
	name: 'Remove Features',
	action: 'Remove features from a package',
	description: 'Remove features from a package; the features are kept',
	picker: packageLocator('package', ['removeFeatures']),
	ids: { displayName: 'Feature IDs', description: 'The IDs of the features to remove, separated by commas', placeholder: 'Ftabc123, Ftdef456' },
});

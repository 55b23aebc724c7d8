import { locator } from '../../shared/descriptions';
import { removeLinksOperation } from '../../shared/packageFeatures';

export const { option, properties } = removeLinksOperation({
	from: 'feature',
	value: 'removePackages',
	name: 'Remove Packages',
	action: 'Remove a feature from packages',
	description: 'Remove a feature from packages; the packages are kept',
	picker: locator('feature', 'feature', ['removePackages']),
	ids: {
		displayName: 'Package IDs',
		description: 'The IDs of the packages to remove the feature from, separated by commas',
		placeholder: 'Plakdiooh209sz, Pkpro4m2xq81zt',
	},
});

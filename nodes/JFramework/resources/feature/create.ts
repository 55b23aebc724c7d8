import { createOperation } from '../../shared/operations';
import { featureForm } from './fields';

export const { option, properties } = createOperation({
	resource: 'feature',
	path: '/v1/features',
	action: 'Create a feature',
	description: 'Create a feature, something a package grants or limits',
	form: featureForm,
});

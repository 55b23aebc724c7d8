import { updateOperation } from '../../shared/operations';
import { featureForm } from './fields';

export const { option, properties } = updateOperation({
	resource: 'feature',
	kind: 'feature',
	path: '/v1/features',
	action: 'Update a feature',
	description: 'Replace a feature; optional fields not set are cleared',
	what: 'feature',
	form: featureForm,
});

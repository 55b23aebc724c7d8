import { updateOperation } from '../../shared/operations';
import { priceForm } from './fields';

export const { option, properties } = updateOperation({
	resource: 'price',
	kind: 'price',
	path: '/v1/prices',
	action: 'Update a price',
	description: 'Replace a price; optional fields not set are cleared',
	what: 'price',
	locatorDescription: 'The price to replace: pick it from the list or enter its ID',
	form: priceForm,
});

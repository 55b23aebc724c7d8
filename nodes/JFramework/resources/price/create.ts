import { createOperation } from '../../shared/operations';
import { priceForm } from './fields';

export const { option, properties } = createOperation({
	resource: 'price',
	path: '/v1/prices',
	action: 'Create a price',
	description: 'Create a price of a package for a subscription type',
	form: priceForm,
});

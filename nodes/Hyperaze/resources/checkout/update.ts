import { boolean, collection } from '../../../shared/fields';
import { operation } from '../../../shared/operations';
import { required } from '../../../shared/validation';
import { ENDPOINTS, unlistedField } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import { checkoutId, stocks, stockType, writableChecks, writableFields } from './fields';

const endpoint = ENDPOINTS.checkoutUpdate;
const PAGE = 'Update a checkout link';

export const { option, properties } = operation({
	resource: 'checkout',
	value: 'update',
	name: 'Update',
	action: 'Update a checkout link',
	description: 'Change a checkout link, e.g. activate or deactivate it',
	request: { method: endpoint.method, url: endpoint.path },
	preSend: [required('checkoutId', 'Checkout Link'), ...writableChecks('updateFields')],
	output: [hyperazeRecord()],
	notice: 'Only the fields set are sent. Outputs the checkout link object.',
	properties: [
		checkoutId(['update'], { type: 'body', property: 'id' }),
		// the published page lists only id and active: every other field is inferred
		collection('checkout', ['update'], 'updateFields', 'Update Fields', [
			boolean('active', 'Active', 'Whether buyers can use the link', 'body', { default: true }),
			...writableFields.map((field) => unlistedField(field, PAGE)),
			unlistedField(stockType('stock_type', 'Whether the number of purchases through this link is limited (Limited needs Stocks)'), PAGE),
			unlistedField(stocks('How many purchases the link allows (1 or more)'), PAGE),
		]),
	],
});

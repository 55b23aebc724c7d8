import type { INodeProperties } from 'n8n-workflow';

import { collection, shown } from '../../../shared/fields';
import { operation } from '../../../shared/operations';
import { required } from '../../../shared/validation';
import { planLocator } from '../../shared/descriptions';
import { ENDPOINTS, unlistedField } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import { limitedNeedsStocks, stocks, stockType, writableChecks, writableFields } from './fields';

const endpoint = ENDPOINTS.checkoutCreate;

const limitedStocks: INodeProperties = {
	...shown('checkout', ['create'], stocks('How many purchases the link allows (1 or more); needed when Stock Type is Limited'), true),
	displayOptions: { show: { resource: ['checkout'], operation: ['create'], stockType: ['Limited'] } },
};

export const { option, properties } = operation({
	resource: 'checkout',
	value: 'create',
	name: 'Create',
	action: 'Create a checkout link',
	description: 'Create a payment page URL that sells a pricing plan',
	request: { method: endpoint.method, url: endpoint.path },
	preSend: [required('planId', 'Pricing Plan'), limitedNeedsStocks('stockType', 'stocks'), ...writableChecks('additionalFields')],
	output: [hyperazeRecord()],
	notice: 'Outputs the checkout link object, with its link (the URL to share).',
	properties: [
		planLocator({
			resource: 'checkout',
			operations: ['create'],
			send: { type: 'body', property: 'plan_id' },
			description: 'The pricing plan the checkout link sells',
		}),
		shown('checkout', ['create'], stockType('stockType', 'Whether the number of purchases through this link is limited')),
		limitedStocks,
		// the published page lists plan_id, password, stocks and stock_type; the rest is inferred
		collection(
			'checkout',
			['create'],
			'additionalFields',
			'Additional Fields',
			writableFields.map((field) => (field.name === 'password' ? field : unlistedField(field, 'Create a checkout link'))),
		),
	],
});

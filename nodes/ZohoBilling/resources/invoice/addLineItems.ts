import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { nonNegativeNumber, positiveNumber, required } from '../../../shared/validation';
import { rowsValue } from '../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { checkRows } from '../../shared/validation';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Line Items',
	value: 'addLineItems',
	action: 'Add line items to a pending invoice',
	description: 'Add lines, e.g. usage charges, to a pending invoice',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/lineitems' },
		send: {
			paginate: true,
			preSend: [
				required('invoiceId', 'Invoice'),
				checkRows(
					'items',
					'item',
					'Line Items',
					[
						{ field: 'code', label: 'Add-On Code' },
						{ field: 'product_id', label: 'Product ID' },
						{ field: 'price', label: 'Price', required: true, checks: [nonNegativeNumber] },
						{ field: 'quantity', label: 'Quantity', required: true, checks: [positiveNumber] },
					],
					{ min: 1, oneOf: [['code', 'product_id']] },
				),
			],
		},
		output: { postReceive: [zohoRecord('invoice')] },
	},
};

export const properties: INodeProperties[] = [
	invoiceId(['addLineItems']),
	{
		displayName: 'Line Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		required: true,
		default: {},
		description: 'The lines to add: each an Add-On Code or a Product ID, a Price and a Quantity',
		displayOptions: showFor('invoice', ['addLineItems']),
		options: [
			{
				displayName: 'Line Item',
				name: 'item',
				values: [
					{
						displayName: 'Add-On Code',
						name: 'code',
						type: 'string',
						default: '',
						placeholder: 'UsageAddon',
						description: 'Code of the add-on the line bills',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
						placeholder: 'Usage charges for last month',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'usage charge',
					},
					{
						displayName: 'Price',
						name: 'price',
						type: 'number',
						default: 0,
						description: 'Unit price (0 or more)',
					},
					{
						displayName: 'Product ID',
						name: 'product_id',
						type: 'string',
						default: '',
						description: 'ID of the product the add-on belongs to',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						default: 1,
						description: 'How many units (more than 0)',
					},
					{
						displayName: 'Tax Exemption ID',
						name: 'tax_exemption_id',
						type: 'string',
						default: '',
						description: 'ID of the tax exemption, when the line is not taxed',
					},
					{
						displayName: 'Tax ID',
						name: 'tax_id',
						type: 'string',
						default: '',
						description: 'ID of the tax or tax group of the line',
					},
				],
			},
		],
		routing: { send: { type: 'body', property: 'invoice_items', value: rowsValue('item') } },
	},
];

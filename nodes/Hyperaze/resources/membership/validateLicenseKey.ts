import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { productLocator, showFor } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import {
	licenseCheckAnswer,
	licenseKeyInput,
	metadataBody,
	validateLicenseKeySend,
} from '../../shared/memberships';

const operation = 'validateLicenseKey';

export const option: INodePropertyOptions = {
	name: 'Validate License Key',
	value: operation,
	action: 'Validate a license key',
	description:
		'Check a license key (e.g. ABCD-EFGH-IJKL-MNOP) for a product, optionally with metadata such as hwid (the device ID Hyperaze ties the key to). Outputs { valid: true, ...membership } for a valid key; with On Invalid Key = Return Result, a key Hyperaze refuses (HTTP 400 or 403) outputs { valid: false, status, reason } instead of failing.',
	routing: {
		request: {
			method: ENDPOINTS.membershipValidateLicenseKey.method,
			url: ENDPOINTS.membershipValidateLicenseKey.path,
		},
		send: {
			paginate: true,
			preSend: [
				licenseKeyInput('licenseKey'),
				required('productId', 'Product'),
				metadataBody('metadata.entries', 'Metadata'),
			],
		},
		operations: { pagination: validateLicenseKeySend },
		output: { postReceive: [licenseCheckAnswer()] },
	},
};

const show = showFor('membership', [operation]);

export const properties: INodeProperties[] = [
	{
		displayName: 'License Key',
		name: 'licenseKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'ABCD-EFGH-IJKL-MNOP',
		description: 'The license key to check, as the buyer received it (surrounding spaces are removed)',
		displayOptions: show,
	},
	productLocator({
		resource: 'membership',
		operations: [operation],
		send: { type: 'body', property: 'product_id' },
		description: 'The product the key must belong to: a key for another product is refused',
	}),
	{
		displayName: 'Metadata',
		name: 'metadata',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Metadata',
		default: {},
		description:
			'Key/value pairs sent as the metadata object, e.g. hwid = the device ID, which Hyperaze uses to tie the key to a device. Pairs with an empty value are left out.',
		displayOptions: show,
		options: [
			{
				displayName: 'Entry',
				name: 'entries',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: 'hwid',
						placeholder: 'hwid',
						description: 'Name of the metadata field, e.g. hwid for the device (hardware) ID',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'DEVICE-ABC-123',
						description: 'Its value, e.g. the device ID the desktop app sent (an expression)',
					},
				],
			},
		],
	},
	{
		displayName: 'On Invalid Key',
		name: 'onInvalid',
		type: 'options',
		default: 'returnResult',
		description: 'What to do when Hyperaze refuses the key (HTTP 400 or 403)',
		displayOptions: show,
		options: [
			{
				name: 'Fail',
				value: 'fail',
				description: 'Stop with an error that shows Hyperaze\'s message',
			},
			{
				name: 'Return Result',
				value: 'returnResult',
				description:
					'Output { valid: false, status, reason } and carry on, so the workflow can answer the caller. Other failures (wrong API key, Hyperaze down) still stop the node.',
			},
		],
	},
];

import type { INodeProperties } from 'n8n-workflow';

import { choice, shown, showFor, text } from '../../../shared/fields';
import { operation } from '../../../shared/operations';
import { required } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import { licenseCheckAnswer } from '../../shared/output';
import { licenseKeyInput, metadataBody, validateLicenseKeySend } from './fields';

const value = 'validateLicenseKey';
const endpoint = ENDPOINTS.membershipValidateLicenseKey;

const metadata: INodeProperties = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Metadata',
	default: {},
	description:
		'Key/value pairs sent as the metadata object, e.g. hwid = the device ID, which Hyperaze uses to tie the key to a device. Pairs with an empty value are left out.',
	displayOptions: showFor('membership', [value]),
	options: [
		{
			displayName: 'Entry',
			name: 'entries',
			values: [
				text('key', 'Key', 'Name of the metadata field, e.g. hwid for the device (hardware) ID', false, { default: 'hwid', placeholder: 'hwid' }),
				text('value', 'Value', 'Its value, e.g. the device ID the desktop app sent (an expression)', false, { placeholder: 'DEVICE-ABC-123' }),
			],
		},
	],
};

export const { option, properties } = operation({
	resource: 'membership',
	value,
	name: 'Validate License Key',
	action: 'Validate a license key',
	description: 'Check a license key for a product, optionally for a device',
	request: { method: endpoint.method, url: endpoint.path },
	preSend: [licenseKeyInput('licenseKey'), required('productId', 'Product'), metadataBody('metadata.entries', 'Metadata')],
	pagination: validateLicenseKeySend,
	output: [licenseCheckAnswer()],
	notice:
		'Outputs { valid: true, ...membership } for a valid key. A key Hyperaze refuses (HTTP 400 or 403) outputs { valid: false, status, reason, code } with On Invalid Key set to Return Result, or stops the node with Fail.',
	properties: [
		shown(
			'membership',
			[value],
			text('licenseKey', 'License Key', 'The license key to check, as the buyer received it (surrounding spaces are removed)', false, { placeholder: 'ABCD-EFGH-IJKL-MNOP' }),
			true,
		),
		productLocator({
			resource: 'membership',
			operations: [value],
			send: { type: 'body', property: 'product_id' },
			description: 'The product the key must belong to: a key for another product is refused',
		}),
		metadata,
		shown(
			'membership',
			[value],
			choice(
				'onInvalid',
				'On Invalid Key',
				'What to do when Hyperaze refuses the key (HTTP 400 or 403)',
				[
					{ name: 'Fail', value: 'fail', description: 'Stop with an error that shows Hyperaze\'s message' },
					{
						name: 'Return Result',
						value: 'returnResult',
						description:
							'Output { valid: false, status, reason, code } and carry on, so the workflow can answer the caller. Other failures (wrong API key, Hyperaze down) still stop the node.',
					},
				],
				false,
				{ default: 'returnResult' },
			),
		),
	],
});

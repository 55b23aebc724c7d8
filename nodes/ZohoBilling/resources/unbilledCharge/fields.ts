import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { isZohoId } from '../../shared/validation';

export const RESOURCE = 'unbilledCharge';

/**
 * The unbilled charge, by ID. Zoho has no endpoint that lists unbilled charges, so there is no
 * "From List" mode: the ID comes from a subscription's `unbilled_charge_id` or from the output of
 * Add Charge / Buy One-Time Add-On with Add to Unbilled Charges.
 */
export const unbilledChargeId = (operations: string[]): INodeProperties => ({
	displayName: 'Unbilled Charge',
	name: 'unbilledChargeId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description:
		'The unbilled charge\'s ID (unbilled_charge_id, as on the subscription or in the output of Add Charge / Buy One-Time Add-On)',
	displayOptions: showFor(RESOURCE, operations),
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '903000000000099',
		},
	],
});

export const unbilledChargePath = '/unbilledcharges/{unbilledChargeId}';

export const unbilledChargeRequired = check('unbilledChargeId', 'Unbilled Charge', [isZohoId], true);

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoActionResult } from '../../shared/output';
import { unbilledChargeId, unbilledChargePath, unbilledChargeRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an unbilled charge',
	description: 'Delete an unbilled charge, so that it is never invoiced',
	routing: {
		request: { method: 'DELETE', url: unbilledChargePath },
		send: { paginate: true, preSend: [unbilledChargeRequired] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [unbilledChargeId(['delete'])];

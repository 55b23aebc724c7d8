import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { unbilledChargeId, unbilledChargePath, unbilledChargeRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an unbilled charge',
	description: 'Retrieve an unbilled charge with its items, coupons and total',
	routing: {
		request: { method: 'GET', url: unbilledChargePath },
		send: { paginate: true, preSend: [unbilledChargeRequired] },
		output: { postReceive: [zohoRecord('unbilled_charge')] },
	},
};

export const properties: INodeProperties[] = [unbilledChargeId(['get'])];

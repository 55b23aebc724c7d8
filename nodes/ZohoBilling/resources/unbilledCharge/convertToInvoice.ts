import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { unbilledChargeId, unbilledChargeRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Convert to Invoice',
	value: 'convertToInvoice',
	action: 'Convert an unbilled charge to an invoice',
	description: 'Invoice an unbilled charge now, not at the next renewal',
	routing: {
		request: { method: 'POST', url: '/unbilledcharges/{unbilledChargeId}/createinvoice' },
		send: { paginate: true, preSend: [unbilledChargeRequired] },
		output: { postReceive: [zohoRecord('invoice')] },
	},
};

export const properties: INodeProperties[] = [unbilledChargeId(['convertToInvoice'])];

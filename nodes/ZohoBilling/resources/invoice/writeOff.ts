import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice, showFor } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Write Off',
	value: 'writeOff',
	action: 'Write off an invoice',
	description: 'Write off the unpaid balance of an open invoice',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/writeoff' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice'), check('reason', 'Reason', [maxLength(500)])] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	notice('invoice', ['writeOff'], 'The balance is no longer collected; Cancel Write Off makes it due again.'),
	invoiceId(['writeOff']),
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		description: 'Why the balance is written off (kept with the invoice)',
		displayOptions: showFor('invoice', ['writeOff']),
		routing: { send: { type: 'body', property: 'reason', value: '={{ $value === "" ? undefined : $value }}' } },
	},
];

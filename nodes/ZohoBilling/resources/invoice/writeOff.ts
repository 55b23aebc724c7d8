import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Write Off',
	value: 'writeOff',
	action: 'Write off an invoice',
	description:
		'Write off the unpaid balance of an open invoice (it will not be collected), optionally with a reason. Undo with Cancel Write Off. Outputs { success, message }.',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/writeoff' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice'), check('reason', 'Reason', [maxLength(500)])] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
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

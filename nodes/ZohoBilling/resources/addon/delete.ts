import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { addonCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an add-on',
	description: 'Delete an add-on by its add-on code; Zoho refuses if it has transactions (mark it as inactive instead)',
	routing: {
		request: { method: 'DELETE', url: '/addons/{addonCode}' },
		send: { paginate: true, preSend: [required('addonCode', 'Add-On')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [addonCode(['delete'])];

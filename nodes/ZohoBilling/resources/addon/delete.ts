import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { addonCode } from './fields';
import { notice } from '../../../shared/fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an add-on',
	description: 'Delete an add-on',
	routing: {
		request: { method: 'DELETE', url: '/addons/{addonCode}' },
		send: { paginate: true, preSend: [required('addonCode', 'Add-On')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('addon', ['delete'], 'Zoho refuses to delete an add-on that has transactions: mark it as inactive instead.'), addonCode(['delete'])];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { addonCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Inactive',
	value: 'markAsInactive',
	action: 'Mark an add-on as inactive',
	description: 'Stop offering an add-on; subscriptions that have it keep it',
	routing: {
		request: { method: 'POST', url: '/addons/{addonCode}/markasinactive' },
		send: { paginate: true, preSend: [required('addonCode', 'Add-On')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [addonCode(['markAsInactive'])];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { addonCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Active',
	value: 'markAsActive',
	action: 'Mark an add-on as active',
	description: 'Make an inactive add-on available for purchase again',
	routing: {
		request: { method: 'POST', url: '/addons/{addonCode}/markasactive' },
		send: { paginate: true, preSend: [required('addonCode', 'Add-On')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [addonCode(['markAsActive'])];

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { zohoActionResult } from '../../shared/output';
import { subscriptionId, subscriptionPath, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a subscription',
	description: 'Delete a subscription permanently',
	routing: {
		request: { method: 'DELETE', url: subscriptionPath },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('subscription', ['delete'], 'Deleting removes the subscription for good; to stop billing but keep the record, use Cancel Now or Cancel at Term End.'), subscriptionId(['delete'])];

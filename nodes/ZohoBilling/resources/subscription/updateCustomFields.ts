import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { customFieldsOption } from '../../shared/fields';
import { zohoActionResultWith } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

/** At least one custom field, each with its label. */
async function customFieldsSet(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	let entries: IDataObject[] = [];
	try {
		entries = ((this.getNodeParameter('customFields.field', []) as IDataObject[]) ?? []).filter((f) => f);
	} catch {
		entries = [];
	}
	const problem =
		entries.length === 0
			? 'add at least one custom field (its label, and the value)'
			: entries.some((f) => String(f.label ?? '').trim() === '')
				? 'every custom field needs its label'
				: undefined;
	if (problem) {
		throw new NodeOperationError(this.getNode(), `Custom Fields: ${problem}`, {
			itemIndex: this.getItemIndex(),
			description: 'Fix the "Custom Fields" field of the node and run it again. Nothing was sent.',
		});
	}
	return requestOptions;
}

export const option: INodePropertyOptions = {
	name: 'Update Custom Fields',
	value: 'updateCustomFields',
	action: 'Update the custom fields of a subscription',
	description: 'Update the custom fields of a subscription',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/customfields' },
		send: { paginate: true, preSend: [subscriptionRequired, customFieldsSet] },
		output: { postReceive: [zohoActionResultWith('data', 'custom_fields')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['updateCustomFields']),
	{
		...customFieldsOption(),
		required: true,
		displayOptions: showFor(RESOURCE, ['updateCustomFields']),
	},
];

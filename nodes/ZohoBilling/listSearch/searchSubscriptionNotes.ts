import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ZOHO_ID, zohoApiRequest } from '../shared/transport';

/** The subscription chosen in the node (its ID), for pickers of things inside a subscription. */
export async function currentSubscription(context: ILoadOptionsFunctions): Promise<IDataObject> {
	let id: unknown;
	try {
		id = context.getCurrentNodeParameter('subscriptionId', { extractValue: true });
	} catch {
		id = undefined;
	}
	if (id === undefined || id === null || String(id).trim() === '') {
		throw new NodeOperationError(context.getNode(), 'Choose the subscription first', {
			description: 'This list shows what belongs to the subscription chosen in the Subscription field.',
		});
	}
	const body = await zohoApiRequest(context, 'GET', '/subscriptions/{subscriptionId}', {}, {
		subscriptionId: { value: id, label: 'Subscription', pattern: ZOHO_ID },
	});
	return (body.subscription as IDataObject | undefined) ?? {};
}

/** Note picker: the notes of the subscription chosen in the node (Zoho lists them on the subscription). */
export async function searchSubscriptionNotes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const subscription = await currentSubscription(this);
	const needle = (filter ?? '').trim().toLowerCase();
	const notes = ((subscription.notes as IDataObject[]) ?? []).filter(
		(n) => !needle || [n.description, n.commented_by, n.note_id].some((v) => String(v ?? '').toLowerCase().includes(needle)),
	);
	return {
		results: notes.map((n) => {
			const text = String(n.description ?? '').trim() || '(no text)';
			return {
				name: `${text.length > 60 ? `${text.slice(0, 57)}…` : text}${n.commented_time ? ` – ${String(n.commented_time)}` : ''}`,
				value: String(n.note_id),
			};
		}),
	};
}

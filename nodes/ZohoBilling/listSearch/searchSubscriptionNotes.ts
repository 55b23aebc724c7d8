import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { currentSubscription, matchesSearch } from '../shared/pickers';

/** Note picker: the notes of the subscription chosen in the node (Zoho lists them on the subscription). */
export async function searchSubscriptionNotes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const subscription = await currentSubscription(this);
	const notes = ((subscription.notes as IDataObject[]) ?? []).filter((n) => matchesSearch(filter, [n.description, n.commented_by, n.note_id]));
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

import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { currentSubscription, matchesSearch } from '../shared/pickers';

/** Line item picker: the plan and add-ons of the subscription chosen in the node, by code. */
export async function searchSubscriptionItems(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const subscription = await currentSubscription(this);
	const plan = subscription.plan as IDataObject | undefined;
	const items = [
		...(plan?.plan_code ? [{ code: plan.plan_code, name: plan.name, kind: 'plan' }] : []),
		...((subscription.addons as IDataObject[]) ?? []).map((a) => ({ code: a.addon_code, name: a.name, kind: 'add-on' })),
	];
	return {
		results: items
			.filter((i) => matchesSearch(filter, [i.code, i.name]))
			.map((i) => ({ name: `${String(i.name ?? i.code)} (${i.kind} ${String(i.code)})`, value: String(i.code) })),
	};
}

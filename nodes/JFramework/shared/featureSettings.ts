import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import type { RecordKind } from './descriptions';
import { failInput as fail } from '../../shared/validation';
import { FEATURE_TYPE, RESET_POLICY, boolean, choice, integer, optionalLocator, text } from './descriptions';

/**
 * How a feature works in a package (the same settings whether added from the package's or from
 * the feature's side): type, title, value (null = unlimited), reset policy of the quota.
 */
export const RESET_POLICY_OR_UNSET = [{ name: 'Not Set', value: '' }, ...RESET_POLICY];

export function featureSettingFields(send: 'body' | false): INodeProperties[] {
	return [
		integer('customIntervalDays', 'Custom Interval (Days)', 'Days between quota resets, when the reset policy is Custom', send, { typeOptions: { minValue: 1, numberPrecision: 0 } }),
		boolean('isUnlimited', 'Is Unlimited', 'Whether the feature has no limit in the package (then the value is ignored)', send),
		choice('resetPolicy', 'Reset Policy', 'How often the feature\'s quota is replenished (Custom uses the custom interval)', RESET_POLICY_OR_UNSET, send, { default: '' }),
		text('title', 'Title', 'The title of the feature in this package, as shown to users', send),
		integer('value', 'Value', 'The limit (quantity) of the feature in the package, a whole number (for the Limitation type; ignored when unlimited)', send, { default: 0, typeOptions: { minValue: 0, numberPrecision: 0 } }),
	];
}

/** The values of one entry of the "add" list: the other record, the type, and the settings. */
export function featureEntryValues(other: RecordKind): INodeProperties[] {
	const idName = other === 'feature' ? 'featureId' : 'packageId';
	return [
		{ ...optionalLocator(other, undefined, { name: idName, description: `The ${other} to link: pick it from the list or enter its ID` }), required: true },
		{ ...choice('type', 'Type', 'Function (the feature is on or off) or Limitation (the feature has a limit, see Value)', FEATURE_TYPE, false), required: true },
		...featureSettingFields(false),
	].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

function rlValue(value: unknown): string {
	if (value && typeof value === 'object' && 'value' in (value as IDataObject)) return String((value as IDataObject).value ?? '').trim();
	return String(value ?? '').trim();
}

/** Checks and shapes one entry; `idName` is featureId or packageId. */
function shapeEntry(context: IExecuteSingleFunctions, entry: IDataObject, idName: string, idLabel: string, position: number): IDataObject {
	const label = (field: string) => `${idLabel === 'Feature' ? 'Features' : 'Packages'} › entry ${position} › ${field}`;
	const id = rlValue(entry[idName]);
	if (!id) fail(context, label(idLabel), 'a value is required');
	const out: IDataObject = { [idName]: id, type: entry.type ?? 'Function' };
	if (typeof entry.title === 'string' && entry.title.trim()) out.title = entry.title;
	out.isUnlimited = entry.isUnlimited === true;
	if (out.type === 'Limitation' && !out.isUnlimited && entry.value !== undefined && entry.value !== null && entry.value !== '') {
		const value = Number(entry.value);
		if (!Number.isInteger(value) || value < 0) fail(context, label('Value'), `must be a whole number of 0 or more (got ${String(entry.value)})`);
		out.value = value;
	}
	if (entry.resetPolicy) out.resetPolicy = entry.resetPolicy;
	if (entry.resetPolicy === 'Custom') {
		const days = Number(entry.customIntervalDays);
		if (!Number.isInteger(days) || days < 1) fail(context, label('Custom Interval (Days)'), `must be a whole number of 1 or more when the reset policy is Custom (got ${String(entry.customIntervalDays)})`);
		out.customIntervalDays = days;
	}
	return out;
}

/** Sends the entries of the fixed collection `<listName>.entry` as the JSON array body. */
export function featureEntriesBody(listName: string, idName: 'featureId' | 'packageId'): PreSendAction {
	const idLabel = idName === 'featureId' ? 'Feature' : 'Package';
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const entries = (this.getNodeParameter(`${listName}.entry`, []) as IDataObject[]) ?? [];
		if (!entries.length) fail(this, idLabel === 'Feature' ? 'Features' : 'Packages', 'add at least one entry');
		requestOptions.body = entries.map((entry, index) => shapeEntry(this, entry, idName, idLabel, index + 1));
		return requestOptions;
	};
}

/** The custom interval is needed (1 or more) exactly when the reset policy is Custom. */
export function customIntervalCheck(collectionName: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const fields = (this.getNodeParameter(collectionName, {}) as IDataObject) ?? {};
		const label = 'Custom Interval (Days)';
		if (fields.resetPolicy === 'Custom') {
			const days = Number(fields.customIntervalDays);
			if (!Number.isInteger(days) || days < 1) fail(this, label, `must be a whole number of 1 or more when the reset policy is Custom (got ${String(fields.customIntervalDays ?? 'nothing')})`);
		}
		const body = requestOptions.body as IDataObject | undefined;
		if (body && body.resetPolicy === '') delete body.resetPolicy;
		return requestOptions;
	};
}

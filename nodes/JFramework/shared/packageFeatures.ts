import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, choice, integer, shown, showFor, text } from '../../shared/fields';
import { check, failInput, listEntries, required } from '../../shared/validation';
import type { RecordKind } from './descriptions';
import { FEATURE_TYPE, RESET_POLICY, idParameter, optionalLocator, recordLabel } from './descriptions';
import type { OperationParts } from '../../shared/operations';
import { operation, withoutBody } from '../../shared/operations';
import { idPath, indexedQuery } from './operations';
import { jfwValue } from './output';

/**
 * The link between packages and features, the same from either side (Package → Add Features and
 * Feature → Add Packages, and their Remove counterparts): how a feature works in a package (type,
 * title, value, unlimited flag, reset policy of the quota), the checks of those settings, and the
 * operations that add and remove links.
 */

const RESET_POLICY_OR_UNSET = [{ name: 'Not Set', value: '' }, ...RESET_POLICY];

export function featureSettingFields(send: 'body' | false): INodeProperties[] {
	return [
		integer('customIntervalDays', 'Custom Interval (Days)', 'Days between quota resets, when the reset policy is Custom', send, { typeOptions: { minValue: 1, numberPrecision: 0 } }),
		boolean('isUnlimited', 'Is Unlimited', 'Whether the feature has no limit in the package (then the value is ignored)', send),
		choice('resetPolicy', 'Reset Policy', 'How often the feature\'s quota is replenished (Custom uses the custom interval)', RESET_POLICY_OR_UNSET, send, { default: '' }),
		text('title', 'Title', 'The title of the feature in this package, as shown to users', send),
		integer('value', 'Value', 'The limit (quantity) of the feature in the package, a whole number counted in the feature\'s unit (for the Limitation type; ignored when unlimited)', send, { default: 0, typeOptions: { minValue: 0, numberPrecision: 0 } }),
	];
}

/** The values of one entry of the "add" list: the other record, the type, and the settings. */
function featureEntryValues(other: RecordKind): INodeProperties[] {
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
	if (!id) failInput(context, label(idLabel), 'a value is required');
	const out: IDataObject = { [idName]: id, type: entry.type ?? 'Function' };
	if (typeof entry.title === 'string' && entry.title.trim()) out.title = entry.title;
	out.isUnlimited = entry.isUnlimited === true;
	if (out.type === 'Limitation' && !out.isUnlimited && entry.value !== undefined && entry.value !== null && entry.value !== '') {
		const value = Number(entry.value);
		if (!Number.isInteger(value) || value < 0) failInput(context, label('Value'), `must be a whole number of 0 or more (got ${String(entry.value)})`);
		out.value = value;
	}
	if (entry.resetPolicy) out.resetPolicy = entry.resetPolicy;
	if (entry.resetPolicy === 'Custom') {
		const days = Number(entry.customIntervalDays);
		if (!Number.isInteger(days) || days < 1) failInput(context, label('Custom Interval (Days)'), `must be a whole number of 1 or more when the reset policy is Custom (got ${String(entry.customIntervalDays)})`);
		out.customIntervalDays = days;
	}
	return out;
}

/** Sends the entries of the fixed collection `<listName>.entry` as the JSON array body. */
function featureEntriesBody(listName: string, idName: 'featureId' | 'packageId'): PreSendAction {
	const idLabel = idName === 'featureId' ? 'Feature' : 'Package';
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const entries = (this.getNodeParameter(`${listName}.entry`, []) as IDataObject[]) ?? [];
		if (!entries.length) failInput(this, idLabel === 'Feature' ? 'Features' : 'Packages', 'add at least one entry');
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
			if (!Number.isInteger(days) || days < 1) failInput(this, label, `must be a whole number of 1 or more when the reset policy is Custom (got ${String(fields.customIntervalDays ?? 'nothing')})`);
		}
		const body = requestOptions.body as IDataObject | undefined;
		if (body && body.resetPolicy === '') delete body.resetPolicy;
		return requestOptions;
	};
}

/* ---------------------------------------------------------------------------------------------
 * Adding and removing links, from either side
 * ------------------------------------------------------------------------------------------- */

type Side = 'feature' | 'package';

const otherSide = (from: Side): Side => (from === 'feature' ? 'package' : 'feature');

interface LinkOperation {
	/** The record whose links change (the path's record) */
	from: Side;
	value: string;
	name: string;
	action: string;
	description: string;
	/** The picker of the `from` record */
	picker: INodeProperties;
}

/** Add links: the `from` record to each record of a list, with the settings of each link; outputs `{ <id>, added }`. */
export function addLinksOperation(options: LinkOperation & { list: { displayName: string; placeholder: string; description: string } }): OperationParts {
	const { from, value } = options;
	const other = otherSide(from);
	const id = idParameter(from);
	const listName = `${other}s`;
	return operation({
		...options,
		resource: from,
		request: { method: 'POST', url: idPath(`/v1/${from}s`, from, `/${other}s`) },
		preSend: [required(id, recordLabel(from)), featureEntriesBody(listName, idParameter(other) as 'featureId' | 'packageId')],
		output: [jfwValue('added', { [id]: id })],
		notice: `Outputs { ${id}, added }.`,
		properties: [
			options.picker,
			{
				displayName: options.list.displayName,
				name: listName,
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: options.list.placeholder,
				default: {},
				required: true,
				description: options.list.description,
				displayOptions: showFor(from, [value]),
				options: [{ displayName: recordLabel(other), name: 'entry', values: featureEntryValues(other) }],
			},
		],
	});
}

/** Remove links: the `from` record from the records whose IDs are given (those records are kept); outputs `{ <id>, <other IDs>, removed }`. */
export function removeLinksOperation(options: LinkOperation & { ids: { displayName: string; description: string; placeholder: string } }): OperationParts {
	const { from, value } = options;
	const other = otherSide(from);
	const id = idParameter(from);
	const idsName = `${other}Ids`;
	return operation({
		...options,
		resource: from,
		request: { method: 'DELETE', url: idPath(`/v1/${from}s`, from, `/${other}s`) },
		preSend: [
			required(id, recordLabel(from)),
			check(idsName, options.ids.displayName, [(ids) => (listEntries(ids).length ? undefined : `enter at least one ${other} ID`)], true),
			indexedQuery(idsName, idsName),
			withoutBody,
		],
		output: [jfwValue('removed', { [id]: id, [idsName]: [idsName, listEntries] })],
		notice: `Outputs { ${id}, ${idsName}, removed }.`,
		properties: [
			options.picker,
			shown(from, [value], text(idsName, options.ids.displayName, options.ids.description, false, { placeholder: options.ids.placeholder }), true),
		],
	});
}

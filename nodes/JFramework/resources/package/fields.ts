import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, choice, collection, integer, shown, text } from '../../../shared/fields';
import { check, isJsonObject, isUrl, maxLength } from '../../../shared/validation';
import { ACTIVE_INACTIVE } from '../../shared/descriptions';
import type { RecordForm } from '../../shared/operations';

/** Code and name: always sent by Create and by the Update replacement. */
function packageFields(operation: string): INodeProperties[] {
	return [
		shown('package', [operation], text('code', 'Code', 'Your unique code for the package', 'body', { placeholder: 'pro' }), true),
		shown('package', [operation], text('name', 'Name', 'Name of the package, as shown to buyers', 'body', { placeholder: 'Pro' }), true),
	];
}

function packageOptionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties {
	const note = cleared ? ' (cleared when not set)' : '';
	return collection('package', [operation], collectionName, displayName, [
		text('description', 'Description', `Description of the package${note}`),
		text('imageURL', 'Image URL', `Link to the package's image (a full URL)${note}`, 'body', { placeholder: 'https://example.com/pro.png' }),
		boolean('isDefault', 'Is Default', `Whether this is the brand's default package${note}`),
		boolean('isFree', 'Is Free', `Whether the package is free${note}`),
		text('patternAvatarURL', 'Pattern Avatar URL', `Link to the avatar pattern shown for users of the package (a full URL)${note}`, 'body', { placeholder: 'https://example.com/pattern.png' }),
		integer('zOrder', 'Sort Order', `Position of the package in lists (JFramework's zOrder; default 1)${note}`),
		choice('status', 'Status', `Whether the package is offered${note}`, ACTIVE_INACTIVE),
		text('styles', 'Styles (JSON)', `Display styles as a JSON object, e.g. {"color": "red"}${note}`),
		text('tags', 'Tags', `Tags of the package, as one string${note}`),
		integer('tier', 'Tier', `The package's tier (level), a whole number${note}`),
	]);
}

function packageChecks(collectionName: string): PreSendAction[] {
	return [
		check('code', 'Code', [maxLength(100)], true),
		check('name', 'Name', [maxLength(200)], true),
		check(`${collectionName}.imageURL`, 'Image URL', [isUrl]),
		check(`${collectionName}.patternAvatarURL`, 'Pattern Avatar URL', [isUrl]),
		check(`${collectionName}.styles`, 'Styles (JSON)', [isJsonObject]),
	];
}

export const packageForm: RecordForm = { fields: packageFields, optionalFields: packageOptionalFields, checks: packageChecks };

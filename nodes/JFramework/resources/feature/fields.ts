import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { choice, collection, integer, shown, text } from '../../../shared/fields';
import { check, isJsonObject, isUrl, maxLength } from '../../../shared/validation';
import { ACTIVE_INACTIVE } from '../../shared/descriptions';
import type { RecordForm } from '../../shared/operations';

function featureFields(operation: string): INodeProperties[] {
	return [
		shown('feature', [operation], text('code', 'Code', 'Your unique code for the feature', 'body', { placeholder: 'max-projects' }), true),
		shown('feature', [operation], text('name', 'Name', 'Name of the feature, as shown to users', 'body', { placeholder: 'Projects' }), true),
	];
}

function featureOptionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties {
	const note = cleared ? ' (cleared when not set)' : '';
	return collection('feature', [operation], collectionName, displayName, [
		integer('defaultValue', 'Default Value', `The feature's default value (limit), a whole number counted in the feature's Unit${note}`, 'body', { default: 0 }),
		text('description', 'Description', `Description of the feature${note}`),
		text('eventId', 'Event ID', `The ID of the JFramework event (an email or phone template event, see GET /v1/events) the feature is tied to${note}`),
		text('helpURL', 'Help URL', `Link to help about the feature (a full URL)${note}`, 'body', { placeholder: 'https://example.com/help/projects' }),
		text('image', 'Image URL', `Link to the feature's image (a full URL)${note}`, 'body', { placeholder: 'https://example.com/projects.png' }),
		integer('zOrder', 'Sort Order', `Position of the feature in lists (JFramework's zOrder; default 1)${note}`),
		choice('status', 'Status', `Whether the feature is in use${note}`, ACTIVE_INACTIVE),
		text('styles', 'Styles (JSON)', `Display styles as a JSON object, e.g. {"color": "red"}${note}`),
		text('tags', 'Tags', `Tags of the feature, as one string${note}`),
		text('unit', 'Unit', `The unit the feature and its Default Value are counted in, e.g. projects or GB${note}`),
	]);
}

function featureChecks(collectionName: string): PreSendAction[] {
	return [
		check('code', 'Code', [maxLength(100)], true),
		check('name', 'Name', [maxLength(200)], true),
		check(`${collectionName}.helpURL`, 'Help URL', [isUrl]),
		check(`${collectionName}.image`, 'Image URL', [isUrl]),
		check(`${collectionName}.styles`, 'Styles (JSON)', [isJsonObject]),
	];
}

export const featureForm: RecordForm = { fields: featureFields, optionalFields: featureOptionalFields, checks: featureChecks };

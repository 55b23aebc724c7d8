import type { INodeProperties } from 'n8n-workflow';

import { check, isUrl, maxLength } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { requiredName } from '../../shared/fields';
import { text } from '../../../shared/fields';

/** The product picker used by every operation that addresses one product. */
export const productId = (operations: string[], description?: string): INodeProperties => productLocator('product', operations, description);

/** Writable product fields besides the name, as Zoho names them. */
export const productFields: INodeProperties[] = [
	text('description', 'Description', 'Short description of the product', 'body', { typeOptions: { rows: 2 } }),
	text('email_ids', 'Notification Emails', 'Comma-separated email addresses that receive notifications about this product', 'body', { placeholder: 'billing@example.com, owner@example.com' }),
	text('redirect_url', 'Redirect URL', 'Where customers are sent after subscribing to the product (a full URL)', 'body', { placeholder: 'https://example.com/welcome' }),
];

/** Checks shared by Create and Update, for fields inside the given collection. */
export const productChecks = (collection: string) => [
	check(`${collection}.redirect_url`, 'Redirect URL', [isUrl]),
	check(`${collection}.description`, 'Description', [maxLength(2000)]),
];

export const productName = (operations: string[], description: string): INodeProperties =>
	requiredName('product', operations, description, 'PiperHost');

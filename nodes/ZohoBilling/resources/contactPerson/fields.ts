import type { INodeProperties } from 'n8n-workflow';

import { check, isEmail } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { byDisplayName, extraJsonOption } from '../../shared/fields';
import { customerLocator } from '../../shared/descriptions';
import { text } from '../../../shared/fields';

export const contactPersonCustomer = (operations: string[]): INodeProperties =>
	customerLocator('contactPerson', operations, { description: 'The customer the contact person belongs to: pick it from the list or enter its ID' });

/** The contact person picker (lists the contact persons of the chosen customer). */
export const contactPersonId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'contactPersonId',
		displayName: 'Contact Person',
		resource: 'contactPerson',
		operations,
		searchListMethod: 'searchContactPersons',
		idPlaceholder: '903000000053362',
		description: 'The contact person to work on: pick one of the customer\'s contact persons or enter its ID',
	});

/** Writable contact person fields besides the email, as Zoho names them. */
export function contactPersonFields(collection: string, withEmail: boolean): INodeProperties[] {
	const fields = [
		extraJsonOption(collection),
		text('fax', 'Fax', 'Fax number of the contact person'),
		text('first_name', 'First Name', 'First name of the contact person', 'body', { placeholder: 'Mark' }),
		text('last_name', 'Last Name', 'Last name of the contact person', 'body', { placeholder: 'Cruizer' }),
		text('mobile', 'Mobile', 'Mobile number of the contact person'),
		text('phone', 'Phone', 'Landline number of the contact person'),
	].filter((field) => collection !== 'updateFields' || field.name !== 'fax'); // Zoho's contract updates no fax
	if (withEmail) {
		fields.push(text('email', 'Email', 'Email address that receives the subscription notifications', 'body', { placeholder: 'mark@example.com' }));
	}
	return byDisplayName(fields);
}

export const emailParameter: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	required: true,
	default: '',
	description: 'Email address of the contact person; Zoho sends the subscription notifications to it',
	displayOptions: { show: { resource: ['contactPerson'], operation: ['create'] } },
	routing: { send: { type: 'body', property: 'email', preSend: [check('email', 'Email', [isEmail], true)] } },
};

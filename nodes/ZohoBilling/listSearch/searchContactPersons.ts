import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchCustomerList } from '../shared/pickers';

/** Contact person picker: the contact persons of the customer chosen in the node, filtered by name, email or ID. */
export async function searchContactPersons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchCustomerList(this, { path: 'contactpersons', key: 'contact_persons' }, {
		match: (person) => [person.first_name, person.last_name, person.email, person.contactperson_id],
		filter,
		paginationToken,
		toResult: (person) => {
			const name = [person.first_name, person.last_name].filter((v) => v).join(' ');
			return {
				name: name ? `${name} <${String(person.email ?? '')}>` : String(person.email ?? person.contactperson_id),
				value: String(person.contactperson_id),
			};
		},
	});
}

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { plainIdField } from '../../shared/descriptions';
import { zohoRecordAmong } from '../../shared/output';
import { customerLocator } from '../../shared/descriptions';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a bank account',
	description: 'Retrieve a customer\'s bank account used for ACH collection',
	routing: {
		request: {
			method: 'GET',
			url: '/customers/{customerId}/bankaccounts/{accountId}',
		},
		send: { paginate: true, preSend: [required('customerId', 'Customer'), required('accountId', 'Bank Account ID')] },
		// Zoho answers `bank_accounts: [ {…} ]` (a one-element list) for this retrieve
		output: { postReceive: [zohoRecordAmong(['bank_accounts', 'bank_account'])] },
	},
};

export const properties: INodeProperties[] = [
	customerLocator('bankAccount', ['get'], { description: 'The customer the bank account belongs to: pick it from the list or enter its ID' }),
	// Zoho documents no list of a customer's bank accounts, so the ID is typed (no picker)
	plainIdField({
		name: 'accountId',
		displayName: 'Bank Account ID',
		resource: 'bankAccount',
		operations: ['get'],
		placeholder: '90300000079126',
		description: 'ID of the bank account (account_id), e.g. from a subscription or a payment',
	}),
];

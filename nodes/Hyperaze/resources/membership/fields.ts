import type { INodeProperties } from 'n8n-workflow';

import { membershipLocator } from '../../shared/descriptions';

export const membershipId = (operations: string[], send: { type: 'body' | 'query'; property: string }): INodeProperties =>
	membershipLocator({ resource: 'membership', operations, send });

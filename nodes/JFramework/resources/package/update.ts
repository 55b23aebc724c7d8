import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { packageLocator } from '../../shared/descriptions';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';
import { packageChecks, packageFields, packageOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a package',
	description: 'Replace a package: code and name are always sent; JFramework clears the optional fields (description, URLs, styles, tags, sort order, tier, flags, status) that are not set. Outputs the package.',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/packages', 'package') },
		send: { paginate: true, preSend: [required('packageId', 'Package'), ...packageChecks('updateFields')] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	packageLocator('package', ['update']),
	...packageFields('update'),
	packageOptionalFields('update', 'updateFields', 'Update Fields', true),
];

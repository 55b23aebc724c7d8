import type { INodePropertyOptions } from 'n8n-workflow';

import { check, required } from '../../../shared/validation';
import { locator, shown, text } from '../../shared/descriptions';
import { idList, indexedQuery, jfwValue, withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'removePackages';

export const option: INodePropertyOptions = {
	name: 'Remove Packages',
	value: operation,
	action: 'Remove a feature from packages',
	description: 'Remove one feature from one or more packages (the packages themselves are kept); give the package IDs separated by commas. Outputs { featureId, packageIds, removed }.',
	routing: {
		request: { method: 'DELETE', url: idPath('/v1/features', 'feature', '/packages') },
		send: {
			paginate: true,
			preSend: [
				required('featureId', 'Feature'),
				check('packageIds', 'Package IDs', [(value) => (idList(value).length ? undefined : 'enter at least one package ID')], true),
				indexedQuery('packageIds', 'packageIds'),
				withoutBody,
			],
		},
		output: { postReceive: [jfwValue('removed', { featureId: 'featureId', packageIds: ['packageIds', idList] })] },
	},
};

export const properties = [
	locator('feature', 'feature', [operation]),
	shown('feature', [operation], text('packageIds', 'Package IDs', 'The IDs of the packages to remove the feature from, separated by commas', false, { placeholder: 'Plakdiooh209sz, Pkpro4m2xq81zt' }), true),
];

import type { INodePropertyOptions } from 'n8n-workflow';

import { check, required } from '../../../shared/validation';
import { packageLocator, shown, text } from '../../shared/descriptions';
import { idList, indexedQuery, jfwValue, withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'removeFeatures';

export const option: INodePropertyOptions = {
	name: 'Remove Features',
	value: operation,
	action: 'Remove features from a package',
	description: 'Remove one or more features from a package (the features themselves are kept); give the feature IDs separated by commas. Outputs { packageId, featureIds, removed }.',
	routing: {
		request: { method: 'DELETE', url: idPath('/v1/packages', 'package', '/features') },
		send: {
			paginate: true,
			preSend: [
				required('packageId', 'Package'),
				check('featureIds', 'Feature IDs', [(value) => (idList(value).length ? undefined : 'enter at least one feature ID')], true),
				indexedQuery('featureIds', 'featureIds'),
				withoutBody,
			],
		},
		output: { postReceive: [jfwValue('removed', { packageId: 'packageId', featureIds: ['featureIds', idList] })] },
	},
};

export const properties = [
	packageLocator('package', [operation]),
	shown('package', [operation], text('featureIds', 'Feature IDs', 'The IDs of the features to remove, separated by commas', false, { placeholder: 'Ftabc123, Ftdef456' }), true),
];

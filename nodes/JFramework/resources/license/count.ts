import { operation } from '../../../shared/operations';
import { jfwData } from '../../shared/transport';

export const { option, properties } = operation({
	resource: 'license',
	value: 'count',
	name: 'Count',
	action: 'Count licenses created',
	description: 'Count the licenses created by the user behind the credential',
	request: { method: 'GET', url: '/v1/licenses/count' },
	output: [jfwData('countSuccess')],
	notice: 'Outputs { countSuccess }.',
});

// Lints the package the way n8n's verification scanner does: n8n's community-node rules on all
// TypeScript, n8n-nodes-base's community rules on package.json, its credentials rules on
// credentials/ and its nodes rules on nodes/, plus no-console. Warnings count (--max-warnings 0).
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const base = (set) => ({
	plugins: { 'n8n-nodes-base': n8nNodesBase },
	rules: n8nNodesBase.configs[set].rules,
});

export default tseslint.config(
	{ ignores: ['dist/**', 'dist-providers/**', 'node_modules/**', '.dev/**', 'test/**', 'bench/**', 'scripts/**', 'docs/**', 'examples/**', 'gulpfile.js', 'coverage/**'] },
	{
		files: ['**/*.ts', 'package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module', extraFileExtensions: ['.json'] } },
		...n8nCommunityNodesPlugin.configs.recommended,
		rules: { ...n8nCommunityNodesPlugin.configs.recommended.rules, 'no-console': 'error' },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		...base('community'),
	},
	{ files: ['credentials/**/*.ts'], ...base('credentials') },
	{ files: ['nodes/**/*.ts'], ...base('nodes') },
	{
		// Turned off exactly as in n8n's own community-node lint config (@n8n/node-cli): they
		// contradict the community rules (full documentation URLs, NodeConnectionTypes.Main).
		files: ['**/*.ts'],
		rules: {
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
);

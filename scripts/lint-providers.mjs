// Lints built provider packages (dist-providers/<name>/) the way n8n's verification scanner sees a
// published tarball: the project's own lint config (eslint.config.mjs: n8n's community rules and
// n8n-nodes-base's community rules) on the package's package.json, and the community rules
// no-restricted-imports / no-restricted-globals on every shipped .js file.
//
//   node scripts/lint-providers.mjs [--json] <package dir>...   (default: every folder of dist-providers/)
//
// Exits 1 on any error or warning. With --json, prints [{ dir, files, messages: [{ file, line, ruleId, severity, message }] }].
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import projectConfig from '../eslint.config.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The project's config without its global ignores (they leave out dist/, which is what a package ships). */
const packageJsonConfig = projectConfig.filter((c) => !(c.ignores && Object.keys(c).length === 1));

const shippedJsConfig = {
	files: ['dist/**/*.js'],
	languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs' },
	plugins: { '@n8n/community-nodes': n8nCommunityNodesPlugin },
	rules: {
		'@n8n/community-nodes/no-restricted-imports': 'error',
		'@n8n/community-nodes/no-restricted-globals': 'error',
	},
};

async function lintPackage(dir) {
	const eslint = new ESLint({
		cwd: dir,
		overrideConfigFile: true,
		overrideConfig: [...packageJsonConfig, shippedJsConfig],
		allowInlineConfig: false, // as the scanner: comments cannot turn a rule off
		errorOnUnmatchedPattern: true,
	});
	const results = await eslint.lintFiles(['package.json', 'dist/**/*.js']);
	return {
		dir: path.relative(ROOT, dir),
		files: results.map((r) => path.relative(dir, r.filePath)).sort(),
		messages: results.flatMap((r) =>
			r.messages.map((m) => ({
				file: path.relative(dir, r.filePath),
				line: m.line,
				ruleId: m.ruleId,
				severity: m.severity === 2 ? 'error' : 'warning',
				message: m.message,
			})),
		),
	};
}

const args = process.argv.slice(2);
const json = args.includes('--json');
let dirs = args.filter((a) => a !== '--json').map((d) => path.resolve(d));
if (dirs.length === 0) {
	const out = path.join(ROOT, 'dist-providers');
	dirs = fs.existsSync(out) ? fs.readdirSync(out).map((d) => path.join(out, d)) : [];
	if (dirs.length === 0) {
		process.stderr.write('dist-providers/ is empty: run `npm run build && npm run build:providers` first\n');
		process.exit(1);
	}
}

const reports = [];
for (const dir of dirs) reports.push(await lintPackage(dir));
if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
else {
	for (const r of reports) {
		process.stdout.write(`${r.dir}: ${r.files.length} files, ${r.messages.length} problems\n`);
		for (const m of r.messages) process.stdout.write(`  ${m.file}:${m.line} ${m.severity} ${m.ruleId}: ${m.message}\n`);
	}
}
process.exitCode = reports.some((r) => r.messages.length) ? 1 : 0;

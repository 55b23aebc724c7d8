'use strict';
/**
 * Builds the provider packages (scripts/build-providers.js) into a temp folder and packs each with
 * `npm pack`, as it would be published. Used by test/providers.test.js and
 * test/e2e/providers.e2e.test.js; needs dist/ (npm run build).
 *
 *   const packs = buildAndPack(tmpDir);
 *   // [{ name, built, tarball, files: ['package.json', 'dist/…'], size, unpackedSize, extracted }]
 *
 * `extracted` (only with { extract: true }) is the tarball unpacked as npm would install it, with
 * n8n-workflow (the peer) reachable from it.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { buildProviders } = require('../../scripts/build-providers');

const ROOT = path.resolve(__dirname, '../..');

function npmPack(dir, destination) {
	const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: dir,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, npm_config_loglevel: 'error' },
	});
	const [info] = JSON.parse(out);
	return info;
}

function buildAndPack(tmp, { extract = false } = {}) {
	const built = buildProviders({ outDir: path.join(tmp, 'built') });
	const tarballs = path.join(tmp, 'tarballs');
	fs.mkdirSync(tarballs, { recursive: true });
	if (extract) {
		// the peer dependency, as the user's n8n has it: next to the unpacked packages
		fs.mkdirSync(path.join(tmp, 'node_modules'), { recursive: true });
		fs.symlinkSync(path.join(ROOT, 'node_modules', 'n8n-workflow'), path.join(tmp, 'node_modules', 'n8n-workflow'), 'dir');
	}
	return built.map((b) => {
		const info = npmPack(b.dir, tarballs);
		const pack = {
			name: b.manifest.name,
			built: b,
			tarball: path.join(tarballs, info.filename),
			files: info.files.map((f) => f.path).sort(),
			size: info.size,
			unpackedSize: info.unpackedSize,
		};
		if (extract) {
			const into = path.join(tmp, 'extracted', pack.name);
			fs.mkdirSync(into, { recursive: true });
			execFileSync('tar', ['-xzf', pack.tarball, '-C', into]);
			pack.extracted = path.join(into, 'package');
		}
		return pack;
	});
}

module.exports = { buildAndPack };

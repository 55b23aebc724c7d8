const path = require('path');
const { task, src, dest } = require('gulp');

// tsc compiles the TypeScript; icons and codex files are copied next to the compiled classes,
// keeping their relative paths, because n8n resolves `file:` icons and codex files from dist/.
task('build:static', () =>
	src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest(path.resolve('dist'))),
);

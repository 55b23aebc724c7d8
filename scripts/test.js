#!/usr/bin/env node
'use strict';
/*
 * `npm test` (= node scripts/test.js): sets up what the tests need, then runs every test.
 *
 *   1. prepare (prints what it finds or does; a few seconds when everything is there):
 *      - the system packages the tests use, from Debian's packages: Redis and PostgreSQL
 *        (test/e2e/queue-mode.e2e.test.js starts its own throw-away servers from them), Chromium at
 *        /usr/bin/chromium (browser tests drive it through playwright-core), and python3, make, g++
 *        (two native modules of n8n are compiled). Missing ones are installed with apt-get when this
 *        runs as root or with password-less sudo; otherwise it stops and says what to install.
 *      - the real n8n of every line the end-to-end tests drive (test/e2e/n8n-<line>/: 2 = n8n 2.40.7
 *        on Node 24, 1 = n8n 1.123.69 on Node 20, each Node from the npm registry), by test/e2e/install-n8n.sh, both at once:
 *        about 5 minutes the first time, then cached (~/.cache/n8n-nodes-subscription-billing, or
 *        $N8N_E2E_CACHE); their native modules are built and loaded once to check them.
 *   2. npm run clean, npm run build
 *   3. jest: the engine project (in-process), then the e2e project one file at a time (--runInBand)
 *
 *   node scripts/test.js --prepare    step 1 only (then run single files with npx jest, see CONTRIBUTING.md)
 */

const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const INSTALL_N8N = path.join(root, 'test', 'e2e', 'install-n8n.sh');
const CHROMIUM = '/usr/bin/chromium';
const started = Date.now();
const secs = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
const say = (msg) => process.stdout.write(`[test] ${msg}\n`);

class StepError extends Error {}

// the commands running now: a SIGINT/SIGTERM sent to this process alone (not to its process group, as
// Ctrl+C is) is passed on to them, so that no install or jest run is left behind
const children = new Set();
function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
function stop(child, signal) {
  try {
    // the installs run in their own process group (npm and node-gyp under bash): end all of it
    if (child.spawnargs[0] === 'bash') process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch { /* gone */ }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) stop(child, signal);
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/** Runs a command with the terminal attached; resolves its exit code. */
function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = track(spawn(cmd, args, { cwd: root, stdio: 'inherit', ...options }));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code === null ? `signal ${signal}` : code));
  });
}

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter).concat(['/usr/sbin', '/sbin'])) {
    const file = path.join(dir || '.', cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch { /* not here */ }
  }
  return null;
}

/** The bin folder of the newest PostgreSQL Debian installed, as the queue-mode test picks it. */
function postgresBin() {
  const base = '/usr/lib/postgresql';
  const majors = fs.existsSync(base) ? fs.readdirSync(base).filter((d) => fs.existsSync(path.join(base, d, 'bin', 'initdb'))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  return majors.length ? path.join(base, majors[0], 'bin') : null;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** What the tests need from the system: [label, Debian package, () => where it is, or null]. */
const SYSTEM_NEEDS = [
  ['redis-server', 'redis-server', () => which('redis-server')],
  ['PostgreSQL', 'postgresql', () => {
    const bin = postgresBin();
    // as root, the queue-mode test runs PostgreSQL as the `postgres` user that Debian's package creates
    if (bin && isRoot && spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status !== 0) return null;
    return bin;
  }],
  ['Chromium', 'chromium', () => (fs.existsSync(CHROMIUM) ? CHROMIUM : null)],
  ['python3', 'python3', () => which('python3')],
  ['make', 'make', () => which('make')],
  ['g++', 'g++', () => which('g++')],
];

function missingSystemNeeds() {
  return SYSTEM_NEEDS.filter(([, , find]) => !find());
}

/**
 * Installs Debian packages with apt-get (as root, or through password-less sudo); its output is shown
 * on failure only. Where that is not possible, stops with what to install.
 */
function aptInstall(missing) {
  const packages = [...new Set(missing.map(([, pkg]) => pkg))];
  const aptGet = which('apt-get');
  const canSudo = !isRoot && which('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!aptGet || !(isRoot || canSudo)) {
    const why = !aptGet ? 'this system has no apt-get' : 'this is not root, and sudo needs a password';
    throw new StepError(
      `the tests need ${missing.map(([label, pkg]) => (label === pkg ? label : `${label}${pkg === 'chromium' ? ` at ${CHROMIUM}` : ''} (package ${pkg})`)).join(', ')}, ` +
      `which npm test installs itself only with apt-get as root; ${why}.\n` +
      `       Install them (Debian/Ubuntu), then run npm test again:  sudo apt-get install -y ${packages.join(' ')}`,
    );
  }
  say(`installing ${packages.join(', ')} with ${isRoot ? '' : 'sudo '}apt-get (Debian packages; a minute or two)…`);
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-q'], ['install', '-y', '-q', ...packages]]) {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    const r = spawnSync(cmd, rest, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      const out = `${r.stdout || ''}${r.stderr || ''}`.trim().split('\n').slice(-30).join('\n');
      throw new StepError(`${[cmd, ...rest].join(' ')} failed (${r.status ?? r.signal ?? r.error}):\n${out}`);
    }
  }
}

function prepareSystem() {
  const t0 = Date.now();
  let missing = missingSystemNeeds();
  if (missing.length) {
    aptInstall(missing);
    missing = missingSystemNeeds();
    if (missing.length) {
      throw new StepError(`still missing after apt-get install: ${missing.map(([label]) => label).join(', ')}`);
    }
    say(`installed in ${secs(t0)}`);
  }
  for (const [label, , find] of SYSTEM_NEEDS.slice(0, 3)) {
    let where = find();
    if (where === CHROMIUM) {
      const v = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 60_000 });
      if (v.status !== 0) throw new StepError(`${CHROMIUM} --version failed (${v.status ?? v.signal}): ${(v.stderr || '').trim().slice(-1000)}`);
      where = `${where} (${v.stdout.trim()})`;
    }
    say(`${label}: ${where}`);
  }
}

/** The n8n lines the end-to-end tests drive: one folder test/e2e/n8n-<line>/ each. */
function n8nLines() {
  const dir = path.join(root, 'test', 'e2e');
  return fs.readdirSync(dir)
    .filter((d) => /^n8n-\w+$/.test(d) && fs.existsSync(path.join(dir, d, 'package.json')))
    .map((d) => ({ line: d.slice(4), version: JSON.parse(fs.readFileSync(path.join(dir, d, 'package.json'), 'utf8')).dependencies.n8n }))
    .sort((a, b) => b.line.localeCompare(a.line));
}

/** test/e2e/install-n8n.sh <line>: a no-op check when cached; progress lines prefixed with the n8n version. */
function installN8n({ line, version }) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const label = `n8n ${version}`;
    const child = track(spawn('bash', [INSTALL_N8N, line], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
    let out = '';
    let partial = '';
    child.stdout.on('data', (b) => { out += b; });
    child.stderr.on('data', (b) => {
      const lines = (partial + b).split('\n');
      partial = lines.pop();
      for (const l of lines) if (l.trim()) process.stdout.write(`[test] ${label}: ${l}\n`);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (partial.trim()) process.stdout.write(`[test] ${label}: ${partial}\n`);
      if (code !== 0) return reject(new StepError(`${label}: test/e2e/install-n8n.sh ${line} failed (exit ${code}, see above)`));
      const dir = out.trim().split('\n').pop();
      say(`${label}: ready in ${dir} (${secs(t0)})`);
      resolve(dir);
    });
  });
}

async function prepare() {
  const t0 = Date.now();
  say('preparing what the tests need');
  prepareSystem();
  await Promise.all(n8nLines().map(installN8n));
  say(`prepared in ${secs(t0)}`);
}

async function main() {
  const args = process.argv.slice(2);
  const prepareOnly = args.includes('--prepare');
  const unknown = args.filter((a) => a !== '--prepare');
  if (unknown.length) {
    throw new StepError(`unknown argument ${unknown.join(' ')}: npm test takes none (one file: npx jest <file>, see CONTRIBUTING.md)`);
  }
  await prepare();
  if (prepareOnly) return 0;

  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const jest = [process.execPath, require.resolve('jest/bin/jest', { paths: [root] })];
  const steps = [
    ['clean', [...npm, 'run', 'clean']],
    ['build', [...npm, 'run', 'build']],
    ['engine tests', [...jest, '--selectProjects', 'engine']],
    ['end-to-end tests', [...jest, '--selectProjects', 'e2e', '--runInBand']],
  ];
  for (const [name, [cmd, ...cmdArgs]] of steps) {
    const t0 = Date.now();
    say(`${name} (${secs(started)} so far)`);
    const code = await run(cmd, cmdArgs);
    if (code !== 0) {
      say(`${name} failed (exit ${code}) after ${secs(t0)}`);
      return typeof code === 'number' ? code : 1;
    }
    say(`${name} passed in ${secs(t0)}`);
  }
  say(`all passed in ${secs(started)}`);
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`[test] ${err instanceof StepError ? err.message : err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);

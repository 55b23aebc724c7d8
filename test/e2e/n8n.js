'use strict';
// A small driver for a real n8n (2.40.7 on Node 24), used by the end-to-end jest tests and by
// scripts/dev.js. CommonJS; n8n itself runs on the Node that install-n8n.sh
// fetched from the npm registry.
//
// Two n8n lines can be driven: line '2' (the default: n8n 2.40.7 on Node 24) and line '1' (n8n
// 1.123.69 on Node 20, also from the npm registry), chosen with createInstance({ line: '1' }) /
// ensureN8n({ line: '1' }). Everything below works on both; where their CLIs differ (publishing a
// workflow) the driver does what that line needs.
//
//   const { createInstance, nodeOutput, runError, chain, freePort } = require('./n8n');
//   const n8n = await createInstance({ packageDir: repoRoot });   // copies package.json + dist/
//   await n8n.importCredentials([{ id, name, type, data }]);      // one CLI call for all (~2 s)
//   await n8n.importWorkflows([{ id, name, nodes, connections }]); // one CLI call for all (~2 s)
//   const { code, run } = await n8n.execute(id);                   // ~2-3 s each
//   nodeOutput(run, 'My Node');   // -> [{...json}, ...]       runError(run) -> error or null
//
//   await n8n.publishWorkflows([id]);                  // activate webhook/trigger workflows, then:
//   const server = await n8n.start({ port: await freePort() });   // ~5 s
//   await server.webhook('my/path', { method: 'POST', body });  // -> { status, body, text, headers }
//   await server.setupOwner();   // owner@example.com / Owner-Passw0rd; server.rest(method, path, body)
//   await server.stop();
//
//   queue mode (main + workers; give all of them the same env: EXECUTIONS_MODE=queue, QUEUE_BULL_REDIS_*, DB_*):
//   const worker = await n8n.worker({ env, onLog });   // `n8n worker`; resolves when it reports ready
//   await worker.stop();
//   await n8n.cleanup();
//
// Each n8n CLI call is a fresh process (~2 s: boot, migrations check, node loading); the first call on
// a new user folder also runs the database migrations (~4 s). All calls are time-limited.

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const net = require('node:net');
const crypto = require('node:crypto');

const INSTALL_SCRIPT = path.join(__dirname, 'install-n8n.sh');
const TEST_ENCRYPTION_KEY = 'e2e-test-encryption-key-not-a-secret-0123456789';
const DEFAULT_CLI_TIMEOUT_MS = 120_000;

/** A free TCP port on 127.0.0.1 (n8n's task broker and server each need one). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The owner login that start().setupOwner() creates (a local test instance only). */
const DEFAULT_OWNER = Object.freeze({
  email: 'owner@example.com',
  firstName: 'Dev',
  lastName: 'Owner',
  password: 'Owner-Passw0rd',
});

const installed = new Map(); // line -> { dir, nodeBin, n8nBin }

/**
 * Runs install-n8n.sh <line> (a no-op when cached) and returns where that n8n and the Node it runs
 * on live: line '2' -> n8n 2.40.7 on Node 24, line '1' -> n8n 1.123.69 on Node 20 (each Node from the npm registry).
 */
function ensureN8n({ line = '2', timeoutMs = 20 * 60_000 } = {}) {
  line = String(line);
  if (installed.has(line)) return installed.get(line);
  const out = execFileSync('bash', [INSTALL_SCRIPT, line], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'], // progress on stderr is shown as it happens
    timeout: timeoutMs,
    maxBuffer: 1024 * 1024,
  });
  const dir = out.trim().split('\n').pop().trim();
  const nodeBin = path.join(dir, 'bin', 'node');
  const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
  for (const f of [nodeBin, n8nBin]) {
    if (!fs.existsSync(f)) throw new Error(`install-n8n.sh printed ${dir}, but ${f} is missing`);
  }
  const paths = { dir, nodeBin, n8nBin };
  installed.set(line, paths);
  return paths;
}

/**
 * n8n 1.123.69 differs: it has no "mcp-registry" module (and stops with "Unknown module" when told to
 * disable it). Task runners stay at that line's default (off unless N8N_RUNNERS_ENABLED=true).
 */
const LINE_1_ENV = Object.freeze({ N8N_DISABLED_MODULES: undefined });

/**
 * Added to the one-shot CLI calls only (cli(): imports, publish, `n8n execute`). With n8n's default
 * expression engine ('vm', isolated-vm), n8n 2.40.7 on Node 24.9 segfaults while exiting after it has
 * printed a complete, correct run: 14 of 30 serial `n8n execute` runs measured on a busy 2-core machine
 * (0 of 30 with 'legacy', which evaluates the same expressions in-process). The long-running processes
 * (start(), worker(): `npm run dev`, webhooks, queue mode) keep n8n's default engine, as users run it.
 * createInstance({ env: { N8N_EXPRESSION_ENGINE } }) sets the engine for every call instead.
 */
const CLI_ENV = Object.freeze({ N8N_EXPRESSION_ENGINE: 'legacy' });

/**
 * The environment n8n runs with: nothing N8N_* from the parent, offline, quiet. `line` ('2' by
 * default, or '1') leaves out what that line does not know (n8n 1.x refuses unknown module names).
 */
function buildEnv({ userFolder, nodeBin, extra = {}, line = '2' }) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|WEBHOOK_URL$|GENERIC_TIMEZONE$|NODE_OPTIONS$|NODE_ENV$|npm_)/i.test(k)) continue;
    if (/^(JEST_|VSCODE_)/.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH || '/usr/bin:/bin'}`,
    HOME: userFolder,
    TZ: 'UTC',
    GENERIC_TIMEZONE: 'UTC',
    N8N_USER_FOLDER: userFolder,
    N8N_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    DB_TYPE: 'sqlite',
    DB_SQLITE_POOL_SIZE: '1',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
    // N8N_RUNNERS_ENABLED is gone in 2.x (n8n warns about it): every CLI call starts a task broker and a
    // JS runner process; the broker port is chosen per process below.
    N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
    // the MCP registry module fetches api.n8n.io on start
    N8N_DISABLED_MODULES: 'mcp-registry',
    // offline and quiet: no telemetry, banners, templates, version checks, license renewals
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
    N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
    N8N_HIRING_BANNER_ENABLED: 'false',
    N8N_DYNAMIC_BANNERS_ENABLED: 'false',
    N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
    N8N_AI_ENABLED: 'false',
    EXTERNAL_FRONTEND_HOOKS_URLS: '',
    N8N_SECURE_COOKIE: 'false',
    N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
    N8N_REINSTALL_MISSING_PACKAGES: 'false',
    // N8N_EXPRESSION_ENGINE: n8n's default, except for one-shot CLI calls (CLI_ENV above)
    N8N_LOG_OUTPUT: 'console',
    N8N_LOG_LEVEL: 'info',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  }, String(line) === '1' ? LINE_1_ENV : {}, extra);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

// n8n starts a task-runner child process of its own: run each n8n in its own process group, so that a
// timeout or stop() ends the whole group, and end any group still running when this process exits.
const liveGroups = new Set();
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try { child.kill(signal); } catch { /* gone */ }
  }
}
function spawnGroup(cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: true });
  liveGroups.add(child);
  child.on('exit', () => liveGroups.delete(child));
  return child;
}
process.on('exit', () => {
  for (const child of liveGroups) killGroup(child, 'SIGKILL');
});

/** Runs a command with a time limit; resolves { code, signal, stdout, stderr, ms }. Never rejects on exit code. */
function runProcess(cmd, args, { env, cwd, timeoutMs = DEFAULT_CLI_TIMEOUT_MS, input } = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawnGroup(cmd, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: timedOut ? null : code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
      });
    });
    child.stdin.end(input || '');
  });
}

function tail(text, lines = 30) {
  return String(text || '').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Finds the execution JSON in n8n's stdout, which may carry log lines before and after it.
 * n8n prints it with JSON.stringify(run, null, 2), so it starts with a line that is exactly "{"
 * and ends with a line that is exactly "}".
 */
function parseRunOutput(stdout) {
  const text = String(stdout || '');
  try {
    return JSON.parse(text.trim());
  } catch { /* fall through */ }
  const lines = text.split('\n');
  const starts = [];
  const ends = [];
  lines.forEach((l, i) => {
    if (/^\{\s*$/.test(l) || /^\{".*/.test(l)) starts.push(i);
    if (/^\}\s*$/.test(l) || /\}\s*$/.test(l)) ends.push(i);
  });
  let best = null;
  for (const s of starts) {
    for (let j = ends.length - 1; j >= 0; j--) {
      const e = ends[j];
      if (e < s) break;
      const chunk = lines.slice(s, e + 1).join('\n');
      try {
        const v = JSON.parse(chunk);
        if (v && typeof v === 'object' && (v.data || v.resultData) && (!best || chunk.length > best.len)) {
          best = { v, len: chunk.length };
        }
        break;
      } catch { /* try a shorter chunk */ }
    }
  }
  return best ? best.v : null;
}

function resultDataOf(run) {
  if (!run) return null;
  if (run.data && run.data.resultData) return run.data.resultData;
  if (run.resultData) return run.resultData;
  return null;
}

/** The json of the items that node `nodeName` put on its first output in its first run ([] if none). */
function nodeOutput(run, nodeName, { runIndex = 0, output = 0 } = {}) {
  const rd = resultDataOf(run);
  const runs = rd && rd.runData && rd.runData[nodeName];
  if (!runs || !runs[runIndex]) return [];
  const main = runs[runIndex].data && runs[runIndex].data.main;
  const items = (main && main[output]) || [];
  return items.map((i) => i.json);
}

/** The error of the execution (resultData.error), or of the first failing node run, or null. */
function runError(run) {
  const rd = resultDataOf(run);
  if (!rd) return null;
  if (rd.error) return rd.error;
  for (const runs of Object.values(rd.runData || {})) {
    for (const r of runs || []) if (r && r.error) return r.error;
  }
  return null;
}

function stableUuid(text) {
  const h = crypto.createHash('sha1').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Fills in what n8n 2.40.7 wants in an imported workflow. Required by import:workflow: `id` (else
 * "NOT NULL constraint failed: workflow_entity.id"), `name`, `nodes` each with `position`, and a
 * `connections` object. The rest gets defaults: node ids/typeVersion/parameters, settings, versionId.
 */
function workflow({ id, name, nodes, connections = {}, settings, active = false, ...rest }) {
  if (!id) throw new Error('workflow needs a fixed id');
  return {
    id,
    name: name || id,
    active,
    isArchived: false,
    nodes: nodes.map((n, i) => ({
      id: n.id || stableUuid(`${id}/${n.name}`),
      typeVersion: 1,
      position: [i * 220, 0],
      parameters: {},
      ...n,
    })),
    connections,
    settings: { executionOrder: 'v1', ...(settings || {}) },
    versionId: rest.versionId || crypto.randomUUID(),
    pinData: {},
    ...rest,
  };
}

/** Connects nodes in a line: chain('A', 'B', 'C') -> connections object. */
function chain(...names) {
  const c = {};
  for (let i = 0; i < names.length - 1; i++) {
    c[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
  }
  return c;
}

function httpGetStatus(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => { req.destroy(); resolve(0); });
    req.on('error', () => resolve(0));
  });
}

/** Copies the package (package.json + dist/) into <userFolder>/.n8n/nodes/node_modules/<name>/. */
async function installPackage(userFolder, packageDir) {
  const pkg = JSON.parse(await fsp.readFile(path.join(packageDir, 'package.json'), 'utf8'));
  if (!pkg.n8n) throw new Error(`${packageDir}/package.json has no "n8n" block`);
  const dist = path.join(packageDir, 'dist');
  if (!fs.existsSync(dist)) throw new Error(`${dist} does not exist: build the package first`);
  const nodesDir = path.join(userFolder, '.n8n', 'nodes');
  const target = path.join(nodesDir, 'node_modules', pkg.name);
  await fsp.rm(target, { recursive: true, force: true });
  await fsp.mkdir(target, { recursive: true });
  await fsp.copyFile(path.join(packageDir, 'package.json'), path.join(target, 'package.json'));
  await fsp.cp(dist, path.join(target, 'dist'), { recursive: true });
  const manifest = path.join(nodesDir, 'package.json');
  let nodesPkg = { name: 'installed-nodes', private: true, dependencies: {} };
  try { nodesPkg = JSON.parse(await fsp.readFile(manifest, 'utf8')); } catch { /* new */ }
  nodesPkg.dependencies = { ...(nodesPkg.dependencies || {}), [pkg.name]: pkg.version || '0.0.0' };
  await fsp.writeFile(manifest, JSON.stringify(nodesPkg, null, 2));
  return pkg.name;
}

/**
 * Makes an n8n user folder (a temp folder unless `userFolder` is given), optionally with a
 * community package copied in, and returns a handle to drive n8n's CLI in it.
 */
async function createInstance({ packageDir, packageDirs, userFolder, env: extraEnv = {}, line = '2' } = {}) {
  line = String(line);
  const { nodeBin, n8nBin, dir } = ensureN8n({ line });
  const temp = !userFolder;
  const folder = userFolder
    ? path.resolve(userFolder)
    : await fsp.mkdtemp(path.join(os.tmpdir(), 'n8n-e2e-'));
  await fsp.mkdir(path.join(folder, '.n8n'), { recursive: true });
  const packages = [];
  for (const p of [packageDir, ...(packageDirs || [])].filter(Boolean)) {
    packages.push(await installPackage(folder, p));
  }
  const env = buildEnv({ userFolder: folder, nodeBin, extra: extraEnv, line });
  const servers = new Set();
  let fileSeq = 0;

  async function cli(args, { timeoutMs = DEFAULT_CLI_TIMEOUT_MS, allowFailure = false } = {}) {
    // every n8n process starts its own task broker: give each a free port so that calls can overlap
    const cenv = { ...CLI_ENV, ...env, N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
    const r = await runProcess(nodeBin, [n8nBin, ...args], { env: cenv, cwd: folder, timeoutMs });
    if (!allowFailure && (r.code !== 0 || r.timedOut)) {
      const why = r.timedOut ? `timed out after ${timeoutMs} ms` : `exited with ${r.code}${r.signal ? ` (${r.signal})` : ''}`;
      throw new Error(`n8n ${args[0]} ${why}\n--- stderr ---\n${tail(r.stderr)}\n--- stdout ---\n${tail(r.stdout, 15)}`);
    }
    return r;
  }

  async function writeTempJson(prefix, value) {
    const file = path.join(folder, `${prefix}-${process.pid}-${++fileSeq}.json`);
    await fsp.writeFile(file, JSON.stringify(value), { mode: 0o600 });
    return file;
  }

  const instance = {
    line,
    dir: folder,
    n8nDir: dir,
    nodeBin,
    n8nBin,
    env,
    packages,
    cli,

    /** Imports credentials ({ id, name, type, data } with plain data, encrypted on import), all in one call. */
    async importCredentials(credentials) {
      const list = Array.isArray(credentials) ? credentials : [credentials];
      const file = await writeTempJson('credentials', list);
      try {
        const r = await cli(['import:credentials', `--input=${file}`]);
        const m = /Successfully imported (\d+) credential/.exec(r.stdout + r.stderr);
        if (!m || Number(m[1]) !== list.length) {
          throw new Error(`n8n import:credentials imported ${m ? m[1] : 'no'} of ${list.length} credentials\n${tail(r.stdout + r.stderr)}`);
        }
        return r;
      } finally {
        await fsp.rm(file, { force: true }); // holds plain secrets
      }
    },

    /** Imports workflows (each with a fixed id), all in one call. */
    async importWorkflows(workflows) {
      const list = (Array.isArray(workflows) ? workflows : [workflows]).map(workflow);
      const file = await writeTempJson('workflows', list);
      try {
        const r = await cli(['import:workflow', `--input=${file}`]);
        // n8n skips (exit 0) workflows that break its content-import policy: treat that as a failure
        const m = /Successfully imported (\d+) workflow/.exec(r.stdout + r.stderr);
        if (!m || Number(m[1]) !== list.length) {
          throw new Error(`n8n import:workflow imported ${m ? m[1] : 'no'} of ${list.length} workflows\n${tail(r.stdout + r.stderr)}`);
        }
        return r;
      } finally {
        await fsp.rm(file, { force: true });
      }
    },

    /**
     * Publishes (activates) workflows so that their triggers/webhooks run in the next start().
     * n8n's CLI takes one id per call (~2 s each). n8n 1.x has no publish:workflow: there it is
     * `update:workflow --active=true`.
     */
    async publishWorkflows(ids) {
      for (const id of Array.isArray(ids) ? ids : [ids]) {
        await cli(line === '1' ? ['update:workflow', `--id=${id}`, '--active=true'] : ['publish:workflow', `--id=${id}`]);
      }
    },

    /** Executes a workflow by id; never throws on a failed run: check `code` and `runError(run)`. */
    async execute(workflowId, { timeoutMs = DEFAULT_CLI_TIMEOUT_MS } = {}) {
      const r = await cli(['execute', `--id=${workflowId}`, '--rawOutput'], { timeoutMs, allowFailure: true });
      if (r.timedOut) {
        throw new Error(`n8n execute --id=${workflowId} timed out after ${timeoutMs} ms\n${tail(r.stderr)}\n${tail(r.stdout, 15)}`);
      }
      const run = parseRunOutput(r.stdout);
      // With N8N_EXPRESSION_ENGINE=vm, n8n may segfault while exiting after it printed a complete run:
      // report the run's own outcome then, and say so.
      if (r.code === null && r.signal === 'SIGSEGV' && run && run.finished !== undefined) {
        return { code: runError(run) ? 1 : 0, signal: r.signal, crashedAtExit: true, stdout: r.stdout, stderr: r.stderr, ms: r.ms, run };
      }
      return { code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: r.ms, run };
    },

    /** Starts `n8n start` on 127.0.0.1:<port>; resolves when /healthz answers. */
    async start({ port = 5678, timeoutMs = 120_000, env: startEnv = {}, onLog } = {}) {
      const senv = {
        ...env,
        N8N_PORT: String(port),
        N8N_RUNNERS_BROKER_PORT: String(await freePort()),
        N8N_LISTEN_ADDRESS: '127.0.0.1',
        N8N_HOST: 'localhost',
        N8N_PROTOCOL: 'http',
        N8N_EDITOR_BASE_URL: `http://localhost:${port}`,
        N8N_WEBHOOK_URL: `http://localhost:${port}/`,
        ...startEnv,
      };
      const child = spawnGroup(nodeBin, [n8nBin, 'start'], { env: senv, cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
      let logText = '';
      const onData = (b) => {
        const s = b.toString('utf8');
        logText = (logText + s).slice(-200_000);
        if (onLog) onLog(s);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      let exited = null;
      const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
        exited = { code, signal };
        resolve(exited);
      }));
      const url = `http://127.0.0.1:${port}`;
      const server = {
        url,
        port,
        process: child,
        logs: () => logText,
        async stop({ graceMs = 15_000 } = {}) {
          servers.delete(server);
          if (exited) return exited;
          killGroup(child, 'SIGTERM');
          const t = setTimeout(() => { if (!exited) killGroup(child, 'SIGKILL'); }, graceMs);
          const r = await exitPromise;
          clearTimeout(t);
          killGroup(child, 'SIGKILL'); // the task runner, should it have outlived n8n
          return r;
        },
      };
      // --- REST helpers (editor API, cookie session) ---
      let cookie = '';
      server.rest = async (method, urlPath, body) => {
        const res = await fetch(`${url}${urlPath}`, {
          method,
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'browser-id': 'n8n-e2e-driver',
            ...(cookie ? { cookie } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const setCookies = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [];
        for (const c of setCookies) {
          const pair = c.split(';')[0];
          if (pair.startsWith('n8n-auth=')) cookie = pair;
        }
        const text = await res.text();
        let json = null;
        try { json = JSON.parse(text); } catch { /* not JSON */ }
        return { status: res.status, body: json, text };
      };
      /** Logs in as `login` (defaults to DEFAULT_OWNER); keeps the session cookie for later rest() calls. */
      server.login = async (login = DEFAULT_OWNER) => {
        const r = await server.rest('POST', '/rest/login', { emailOrLdapLoginId: login.email, password: login.password });
        if (r.status !== 200) throw new Error(`login as ${login.email} failed: HTTP ${r.status} ${r.text.slice(0, 300)}`);
        return r.body && r.body.data;
      };
      /**
       * Makes the editor usable without the setup screen: claims the instance owner through
       * POST /rest/owner/setup (allowed without auth while no owner exists), or logs in when an
       * owner was already set up with the same login. Returns the login used.
       */
      server.setupOwner = async (login = DEFAULT_OWNER) => {
        const r = await server.rest('POST', '/rest/owner/setup', login);
        if (r.status === 200) return { ...login, created: true };
        if (r.status === 400 && /already setup/i.test(r.text)) {
          await server.login(login);
          return { ...login, created: false };
        }
        throw new Error(`owner setup failed: HTTP ${r.status} ${r.text.slice(0, 300)}`);
      };
      /**
       * Calls a production webhook (/webhook/<path>). Published workflows are activated a moment
       * after start() resolves, so a 404 "not registered" answer (which starts no execution) is
       * retried until timeoutMs. Resolves { status, body, text, headers }.
       */
      server.webhook = async (webhookPath, { method = 'GET', body, headers = {}, timeoutMs = 30_000, prefix = 'webhook' } = {}) => {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const res = await fetch(`${url}/${prefix}/${webhookPath.replace(/^\//, '')}`, {
            method,
            headers: { ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
            body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
          });
          const text = await res.text();
          if (res.status === 404 && /is not registered/.test(text) && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 200));
            continue;
          }
          let json = null;
          try { json = JSON.parse(text); } catch { /* not JSON */ }
          return { status: res.status, body: json, text, headers: res.headers };
        }
      };
      servers.add(server);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (exited) {
          servers.delete(server);
          throw new Error(`n8n start exited (${exited.code ?? exited.signal}) before answering /healthz\n${tail(logText)}`);
        }
        // /healthz answers before published workflows are activated; n8n prints this line after
        if (/Editor is now accessible via/.test(logText) && (await httpGetStatus(`${url}/healthz`)) === 200) break;
        if (Date.now() > deadline) {
          await server.stop();
          throw new Error(`n8n start did not answer ${url}/healthz within ${timeoutMs} ms\n${tail(logText)}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      return server;
    },

    /**
     * Starts `n8n worker` (queue mode: pass the same EXECUTIONS_MODE=queue, QUEUE_BULL_REDIS_* and DB_*
     * env as the main process) and resolves when it says "n8n worker is now ready". Its health server
     * is on `healthPort` (/healthz, /healthz/readiness). stop() ends it and its task runner.
     */
    async worker({ concurrency = 10, timeoutMs = 120_000, env: workerEnv = {}, onLog, healthPort } = {}) {
      const port = healthPort || (await freePort());
      const wenv = {
        ...env,
        N8N_RUNNERS_BROKER_PORT: String(await freePort()),
        QUEUE_HEALTH_CHECK_ACTIVE: 'true',
        QUEUE_HEALTH_CHECK_PORT: String(port),
        N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
        ...workerEnv,
      };
      const child = spawnGroup(nodeBin, [n8nBin, 'worker', `--concurrency=${concurrency}`], { env: wenv, cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
      let logText = '';
      const onData = (b) => {
        const s = b.toString('utf8');
        logText = (logText + s).slice(-2_000_000);
        if (onLog) onLog(s);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      let exited = null;
      const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
        exited = { code, signal };
        resolve(exited);
      }));
      const worker = {
        healthUrl: `http://127.0.0.1:${port}`,
        process: child,
        logs: () => logText,
        exited: () => exited,
        async stop({ graceMs = 15_000 } = {}) {
          servers.delete(worker);
          if (exited) { killGroup(child, 'SIGKILL'); return exited; }
          killGroup(child, 'SIGTERM');
          const t = setTimeout(() => { if (!exited) killGroup(child, 'SIGKILL'); }, graceMs);
          const r = await exitPromise;
          clearTimeout(t);
          killGroup(child, 'SIGKILL'); // the task runner, should it have outlived n8n
          return r;
        },
      };
      servers.add(worker);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (exited) {
          servers.delete(worker);
          killGroup(child, 'SIGKILL');
          throw new Error(`n8n worker exited (${exited.code ?? exited.signal}) before it was ready\n${tail(logText)}`);
        }
        if (/n8n worker is now ready/.test(logText)) break;
        if (Date.now() > deadline) {
          await worker.stop();
          throw new Error(`n8n worker was not ready within ${timeoutMs} ms\n${tail(logText)}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      return worker;
    },

    /** Stops any started servers and, for a temp folder, removes it. */
    async cleanup() {
      for (const s of [...servers]) await s.stop().catch(() => {});
      if (temp) await fsp.rm(folder, { recursive: true, force: true });
    },
  };
  return instance;
}

module.exports = {
  ensureN8n,
  createInstance,
  buildEnv,
  parseRunOutput,
  nodeOutput,
  runError,
  workflow,
  chain,
  installPackage,
  TEST_ENCRYPTION_KEY,
  DEFAULT_OWNER,
  freePort,
};

#!/usr/bin/env node
'use strict';
/*
 * `npm run dev` (= npm run build && node scripts/dev.js): a local n8n 2.40.7 with this package loaded,
 * wired to the three provider emulators, ready to click through in the editor.
 *
 *   - starts the Zoho Billing, JFramework and Hyperaze emulators on 127.0.0.1 with the sandbox data
 *     (test/emulators/sandbox/: customers, subscriptions in every status, invoices, a declined
 *     payment, events of every type, licenses, keys …; fresh at every start) on ports
 *     18081/18082/18083 (ZOHO_EMULATOR_PORT, JFRAMEWORK_EMULATOR_PORT, HYPERAZE_EMULATOR_PORT)
 *   - starts a stand-in for a chat's incoming webhook on 18084 (CHAT_HOOK_PORT): the alert examples
 *     post there, and each message is printed as "[chat] …"
 *   - keeps n8n's data in .dev/n8n (gitignored; delete it to start over), copies package.json + dist/
 *     into its community-nodes folder on every run (re-run after a rebuild)
 *   - imports one credential per provider, pointing at the emulators
 *   - the first time (per .dev/n8n), imports the examples of examples/ set up for the sandbox (the
 *     emulator credentials, the chat stand-in, a CSV file of price updates in .dev/n8n/.n8n-files,
 *     the Hyperaze product, a webhook secret) and publishes the two webhook examples
 *   - starts `n8n start` on http://localhost:5678 (PORT=... to change), sets up the owner account
 *     so the editor needs no setup screen, and prints the login and a few sample IDs and keys to try,
 *     with the command that sends a signed Zoho webhook (scripts/send-zoho-webhook.js)
 *   - Ctrl+C stops n8n and the emulators
 *
 * n8n itself comes from test/e2e/install-n8n.sh (first run: ~4-6 min, cached afterwards).
 *
 * The same setup, on free ports and in a temporary user folder, is exported as startSandbox(): the
 * browser test (test/e2e/first-hour.e2e.test.js) and scripts/screenshots.js run against it.
 */

const path = require('node:path');
const fs = require('node:fs');
const http = require('node:http');
const { createInstance, DEFAULT_OWNER } = require('../test/e2e/n8n');

const root = path.resolve(__dirname, '..');
const say = (msg) => process.stdout.write(`[dev] ${msg}\n`);

/** The secret token of the Zoho Billing Trigger in the sandbox's copy of the webhook example. */
const SANDBOX_WEBHOOK_SECRET = 'sandboxWebhookSecret1';
/** The examples as the sandbox imports them (file, workflow ID). */
const EXAMPLE_FILES = {
  hyperaze: 'hyperaze-validate-license-webhook.json',
  zohoSync: 'zoho-sync-new-subscriptions-hourly.json',
  alertWebhook: 'zoho-failed-payment-alert-webhook.json',
  alertPolling: 'zoho-failed-payment-alert-polling.json',
  licenseReport: 'jframework-nightly-license-report.json',
  priceUpdate: 'jframework-bulk-price-update-csv.json',
};
/** Marks a user folder whose n8n already got the examples (they are imported once, then left to the user). */
const EXAMPLES_MARKER = '.sandbox-examples-imported';

function portFrom(envName, fallback) {
  const raw = process.env[envName];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${envName} is not a port: ${raw}`);
  return n;
}

/** Whether the package has the credential that holds a Zoho Billing webhook's secret token. */
function hasWebhookCredential() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return ((pkg.n8n && pkg.n8n.credentials) || []).some((file) => /ZohoBillingWebhookApi/.test(file));
}

/** The credentials the dev instance gets, one per provider, all pointing at the emulators. */
function devCredentials({ zoho, jfw, hz }) {
  const webhook = hasWebhookCredential()
    ? [{ id: 'devCredZohoHook01', name: 'Zoho Billing Webhook (sandbox)', type: 'zohoBillingWebhookApi', data: { secretToken: SANDBOX_WEBHOOK_SECRET } }]
    : [];
  return [
    ...webhook,
    {
      id: 'devCredHyperaze1',
      name: 'Hyperaze (emulator)',
      type: 'hyperazeApi',
      data: { apiKey: 'hz-test-key', baseUrl: `${hz.url}/api/v1` },
    },
    {
      id: 'devCredJFramewk1',
      name: 'JFramework (emulator)',
      type: 'jFrameworkApi',
      data: {
        environment: 'custom',
        baseUrl: `${jfw.url}/api`,
        brandUrl: 'brand.example.com',
        authentication: 'authKey',
        authKey: 'jfw-auth-key',
      },
    },
    {
      id: 'devCredZohoBill1',
      name: 'Zoho Billing (emulator)',
      type: 'zohoBillingOAuth2Api',
      data: {
        grantType: 'authorizationCode',
        dataCenter: 'com',
        organizationId: '10234695',
        clientId: 'zoho-client-id',
        clientSecret: 'zoho-client-secret',
        accessTokenUrl: `${zoho.url}/oauth/v2/token`,
        authUrl: `${zoho.url}/oauth/v2/auth`,
        scope: 'ZohoSubscriptions.fullaccess.all',
        authQueryParameters: 'access_type=offline&prompt=consent',
        authentication: 'body',
        oauthTokenData: {
          access_token: 'zoho-access-token',
          refresh_token: 'zoho-refresh-token',
          api_domain: zoho.url,
          token_type: 'Bearer',
          expires_in: 3600,
        },
      },
    },
  ];
}

/** A credential reference ({ id, name }) of devCredentials() by type. */
function credentialRef(credentials, type) {
  const c = credentials.find((x) => x.type === type);
  return { id: c.id, name: c.name };
}

/**
 * The examples of examples/, set up for the sandbox the way their sticky notes ask a user to:
 * credentials, the chat URL, the CSV file path, the Hyperaze product, the webhook secret.
 * `credentials` are devCredentials(); `chatUrl` the chat stand-in; `filesDir` a folder n8n may read.
 */
function sandboxExamples({ credentials, chatUrl, filesDir, webhookSecret = SANDBOX_WEBHOOK_SECRET, examplesDir = path.join(root, 'examples') }) {
  const { HYPERAZE_IDS } = require('../test/emulators');
  const refs = {
    zohoBillingOAuth2Api: credentialRef(credentials, 'zohoBillingOAuth2Api'),
    jFrameworkApi: credentialRef(credentials, 'jFrameworkApi'),
    hyperazeApi: credentialRef(credentials, 'hyperazeApi'),
  };
  const out = {};
  for (const [key, file] of Object.entries(EXAMPLE_FILES)) {
    const wf = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
    for (const node of wf.nodes) {
      for (const type of Object.keys(node.credentials || {})) if (refs[type]) node.credentials[type] = refs[type];
      if (node.name === 'Post to Chat') node.parameters.url = chatUrl;
      if (node.name === 'Read CSV File') node.parameters.fileSelector = path.join(filesDir, 'price-updates.csv');
      if (node.type === 'n8n-nodes-subscription-billing.zohoBillingTrigger') {
        // version 1 takes the secret as a parameter, later versions from a webhook credential
        if (!(node.typeVersion >= 2)) node.parameters.secretToken = webhookSecret;
        else if (credentials.some((c) => c.type === 'zohoBillingWebhookApi')) node.credentials = { zohoBillingWebhookApi: credentialRef(credentials, 'zohoBillingWebhookApi') };
      }
      if (node.type === 'n8n-nodes-subscription-billing.hyperaze') {
        node.parameters.productId = { __rl: true, mode: 'list', value: HYPERAZE_IDS.productDemo, cachedResultName: 'Demo App' };
        node.credentials = { hyperazeApi: refs.hyperazeApi };
      }
    }
    out[key] = wf;
  }
  return out;
}

/** The CSV file the bulk price update example reads: new amounts for three sandbox prices. */
function priceUpdatesCsv() {
  const { JFW_IDS, JFW_SANDBOX_IDS } = require('../test/emulators');
  return ['price_id,new_amount,currency', `${JFW_IDS.priceBasicMonthly},10.99,`, `${JFW_IDS.priceProYearly},299,`, `${JFW_SANDBOX_IDS.priceTeamMonthly},75,EUR`, ''].join('\n');
}

/** A stand-in for a chat's incoming webhook: prints each message's text (or body). */
async function startChatHook({ port, onMessage }) {
  const srv = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body = text;
      try { body = JSON.parse(text); } catch { /* kept as text */ }
      onMessage(body && typeof body === 'object' && typeof body.text === 'string' ? body.text : text);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${srv.address().port}/chat`, close: () => new Promise((r) => srv.close(r)) };
}

/** The block of sample IDs and keys printed after the login. */
function samplesBlock({ editor, examples }) {
  const { ZOHO_SANDBOX_IDS: Z, JFW_IDS, HYPERAZE_IDS, HYPERAZE_LICENSE_KEYS: K, HYPERAZE_BOUND_HWID } = require('../test/emulators');
  const webhookId = examples.alertWebhook.nodes.find((n) => n.type === 'n8n-nodes-subscription-billing.zohoBillingTrigger').webhookId;
  return [
    'Sandbox data to try (fresh at every start; all of it in test/emulators/sandbox/):',
    `  Zoho Billing   customer ${Z.customerBowman} (Bowman Furniture) · subscription ${Z.subscriptionBowmanDunning} (dunning: card declined on INV-000042)`,
    '                 subscriptions in all 11 statuses, 3 created in the last 24 hours, events of all 24 types',
    `  JFramework     license BASIC-AAAA-BBBB-CCCC (ID ${JFW_IDS.licenseActive}) · package ${JFW_IDS.pkgBasic} (Basic)`,
    `  Hyperaze       product ${HYPERAZE_IDS.productDemo} · key ${K.active} (valid) · ${K.bound} (bound to hwid ${HYPERAZE_BOUND_HWID}) · ${K.cancelled} (cancelled)`,
    `  Zoho webhook   node scripts/send-zoho-webhook.js ${editor}/webhook/${webhookId}/webhook ${SANDBOX_WEBHOOK_SECRET} payment_declined --new`,
    `  License check  curl -s ${editor}/webhook/hyperaze/validate-license -H 'content-type: application/json' -d '{"license_key":"${K.bound}","hwid":"${HYPERAZE_BOUND_HWID}"}'`,
    '  The examples are under Workflows (imported the first time); the alert examples\' messages appear here as [chat] …',
  ];
}

/**
 * The sandbox, as `npm run dev` starts it, for scripts and tests too: the three emulators with the
 * sandbox data, the chat stand-in, an n8n with this package, the credentials of devCredentials(),
 * the examples of sandboxExamples() (imported once per user folder, the two webhook examples
 * published), `n8n start`, and the owner account set up.
 *
 *   ports       { n8n, zoho, jfw, hz, chat }: 0 or left out = a free port
 *   userFolder  n8n's user folder (default: a temporary folder, removed by stop())
 *   onLog       n8n's log, as it comes;  onChat  each message posted to the chat stand-in
 *   onStep      a line saying what is being done (e.g. "starting n8n…")
 *   packageDir  the package to load (default: this one; its package.json and dist/)
 *   credentialNames  { [credential id]: name } to show other names than devCredentials()'s
 *   workflows   more workflows to import (each with a fixed id), besides the examples
 *
 * Resolves { editorUrl, owner, server, n8n, emulators: { zoho, jfw, hz }, chat, credentials,
 * examples, userFolder, stop() }. Stops what it started when it fails.
 */
async function startSandbox({ ports = {}, userFolder, packageDir = root, credentialNames = {}, workflows = [], onLog, onChat = () => {}, onStep = () => {}, timeoutMs = 180_000 } = {}) {
  const { freePort } = require('../test/e2e/n8n');
  const emulators = require('../test/emulators');
  const started = [];
  let n8n = null;
  let server = null;
  const stop = async () => {
    try { if (server) await server.stop(); } catch { /* already gone */ }
    server = null;
    await Promise.all(started.splice(0).map((e) => e.close().catch(() => {})));
    try { if (n8n) await n8n.cleanup(); } catch { /* a temporary folder only */ }
    n8n = null;
  };
  try {
    const zoho = await emulators.startZohoEmulator({ port: ports.zoho || 0, sandbox: true });
    started.push(zoho);
    const jfw = await emulators.startJFrameworkEmulator({ port: ports.jfw || 0, sandbox: true });
    started.push(jfw);
    const hz = await emulators.startHyperazeEmulator({ port: ports.hz || 0, sandbox: true });
    started.push(hz);
    const chat = await startChatHook({ port: ports.chat || 0, onMessage: onChat });
    started.push(chat);

    onStep('preparing n8n (the first run installs it: a few minutes)…');
    if (userFolder) fs.mkdirSync(userFolder, { recursive: true });
    n8n = await createInstance({ userFolder, packageDir }); // no userFolder: a temporary one
    const folder = n8n.dir;
    const credentials = devCredentials({ zoho, jfw, hz }).map((c) => ({ ...c, name: credentialNames[c.id] || c.name }));
    await n8n.importCredentials(credentials);

    // n8n 2.x reads and writes files only inside ~/.n8n-files (HOME is the user folder here)
    const filesDir = path.join(folder, '.n8n-files');
    fs.mkdirSync(filesDir, { recursive: true });
    const csv = path.join(filesDir, 'price-updates.csv');
    if (!fs.existsSync(csv)) fs.writeFileSync(csv, priceUpdatesCsv());
    const examples = sandboxExamples({ credentials, chatUrl: chat.url, filesDir });
    const marker = path.join(folder, EXAMPLES_MARKER);
    if (!fs.existsSync(marker)) {
      onStep('importing the examples, set up for the sandbox…');
      await n8n.importWorkflows(Object.values(examples));
      await n8n.publishWorkflows([examples.alertWebhook.id, examples.hyperaze.id]);
      fs.writeFileSync(marker, `${Object.values(examples).map((w) => w.id).join('\n')}\n`);
    }
    if (workflows.length) await n8n.importWorkflows(workflows);

    const port = ports.n8n || (await freePort());
    onStep(`starting n8n on port ${port}…`);
    server = await n8n.start({ port, timeoutMs, onLog });
    const owner = await server.setupOwner();
    return {
      editorUrl: `http://localhost:${port}`,
      owner,
      server,
      n8n,
      emulators: { zoho, jfw, hz },
      chat,
      credentials,
      examples,
      userFolder: folder,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist'))) {
    throw new Error('dist/ is missing: run `npm run dev` (it builds first) or `npm run build`');
  }
  const port = portFrom('PORT', 5678);

  let sandbox = null;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    try { if (sandbox) await sandbox.stop(); } catch (e) { say(`stop: ${e.message}`); }
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  const userFolder = path.join(root, '.dev', 'n8n');
  sandbox = await startSandbox({
    ports: {
      n8n: port,
      zoho: portFrom('ZOHO_EMULATOR_PORT', 18081),
      jfw: portFrom('JFRAMEWORK_EMULATOR_PORT', 18082),
      hz: portFrom('HYPERAZE_EMULATOR_PORT', 18083),
      chat: portFrom('CHAT_HOOK_PORT', 18084),
    },
    userFolder,
    onChat: (text) => process.stdout.write(`[chat] ${text}\n`),
    onStep: (line) => say(line.startsWith('starting n8n') ? `${line.replace(/…$/, '')} (log below)…` : line),
    onLog: (text) => {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      if (lines.length) process.stdout.write(lines.map((l) => `[n8n] ${l}\n`).join(''));
    },
  });
  const { owner, emulators: { zoho, jfw, hz }, examples, server } = sandbox;
  const editor = `http://localhost:${port}`;
  const lines = [
    '',
    `n8n editor      ${editor}`,
    `  login         ${owner.email} / ${owner.password}${owner.created ? '  (owner created now)' : ''}`,
    `  user folder   ${path.relative(root, userFolder)} (delete it to start over)`,
    `Zoho Billing    ${zoho.url}  (api ${zoho.apiBaseUrl}; credential "Zoho Billing (emulator)")`,
    `JFramework      ${jfw.url}  (api ${jfw.apiBaseUrl}; credential "JFramework (emulator)")`,
    `Hyperaze        ${hz.url}  (api ${hz.apiBaseUrl}; credential "Hyperaze (emulator)")`,
    '',
    ...samplesBlock({ editor, examples }),
    '',
    'Ctrl+C stops everything. After changing the nodes, stop and run `npm run dev` again.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  server.process.on('exit', (code, signal) => {
    if (stopping) return;
    say(`n8n exited (${code ?? signal}); stopping the emulators`);
    stop(code ? 1 : 0);
  });
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`[dev] ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
}

module.exports = { startSandbox, devCredentials, sandboxExamples, priceUpdatesCsv, startChatHook, samplesBlock, SANDBOX_WEBHOOK_SECRET, EXAMPLE_FILES, DEFAULT_OWNER };

#!/usr/bin/env node
'use strict';
/*
 * `npm run dev` (= npm run build && node scripts/dev.js): a local n8n 2.40.7 with this package loaded,
 * wired to the three provider emulators, ready to click through in the editor.
 *
 *   - starts the Zoho Billing, JFramework and Hyperaze emulators on 127.0.0.1
 *     (ports 18081/18082/18083; ZOHO_EMULATOR_PORT, JFRAMEWORK_EMULATOR_PORT, HYPERAZE_EMULATOR_PORT)
 *   - keeps n8n's data in .dev/n8n (gitignored; delete it to start over), copies package.json + dist/
 *     into its community-nodes folder on every run (re-run after a rebuild)
 *   - imports one credential per provider, pointing at the emulators
 *   - starts `n8n start` on http://localhost:5678 (PORT=... to change), sets up the owner account
 *     so the editor needs no setup screen, and prints the login
 *   - Ctrl+C stops n8n and the emulators
 *
 * n8n itself comes from test/e2e/install-n8n.sh (first run: ~4-6 min, cached afterwards).
 */

const path = require('node:path');
const fs = require('node:fs');
const { createInstance, DEFAULT_OWNER } = require('../test/e2e/n8n');

const root = path.resolve(__dirname, '..');
const say = (msg) => process.stdout.write(`[dev] ${msg}\n`);

function portFrom(envName, fallback) {
  const raw = process.env[envName];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${envName} is not a port: ${raw}`);
  return n;
}

/** The credentials the dev instance gets, one per provider, all pointing at the emulators. */
function devCredentials({ zoho, jfw, hz }) {
  return [
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

async function main() {
  if (!fs.existsSync(path.join(root, 'dist'))) {
    throw new Error('dist/ is missing: run `npm run dev` (it builds first) or `npm run build`');
  }
  const port = portFrom('PORT', 5678);
  const emulators = require('../test/emulators');

  const started = [];
  let n8n = null;
  let server = null;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    try { if (server) await server.stop(); } catch (e) { say(`n8n stop: ${e.message}`); }
    await Promise.all(started.map((e) => e.close().catch(() => {})));
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  const zoho = await emulators.startZohoEmulator({ port: portFrom('ZOHO_EMULATOR_PORT', 18081), demoData: true });
  started.push(zoho);
  const jfw = await emulators.startJFrameworkEmulator({ port: portFrom('JFRAMEWORK_EMULATOR_PORT', 18082) });
  started.push(jfw);
  const hz = await emulators.startHyperazeEmulator({ port: portFrom('HYPERAZE_EMULATOR_PORT', 18083) });
  started.push(hz);

  say('preparing n8n (the first run installs it: a few minutes)…');
  const userFolder = path.join(root, '.dev', 'n8n');
  fs.mkdirSync(userFolder, { recursive: true });
  n8n = await createInstance({ userFolder, packageDir: root });
  await n8n.importCredentials(devCredentials({ zoho, jfw, hz }));

  say(`starting n8n on port ${port} (log below)…`);
  server = await n8n.start({
    port,
    timeoutMs: 180_000,
    onLog: (text) => {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      if (lines.length) process.stdout.write(lines.map((l) => `[n8n] ${l}\n`).join(''));
    },
  });
  const owner = await server.setupOwner();
  const editor = `http://localhost:${port}`;
  const lines = [
    '',
    `n8n editor      ${editor}`,
    `  login         ${owner.email} / ${owner.password}${owner.created ? '  (owner created now)' : ''}`,
    `  user folder   ${path.relative(root, userFolder)} (delete it to start over)`,
    `Zoho Billing    ${zoho.url}  (api ${zoho.apiBaseUrl}; credential "Zoho Billing (emulator)")`,
    `JFramework      ${jfw.url}  (api ${jfw.apiBaseUrl}; credential "JFramework (emulator)")`,
    `Hyperaze        ${hz.url}  (api ${hz.apiBaseUrl}; credential "Hyperaze (emulator)")`,
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

module.exports = { devCredentials, DEFAULT_OWNER };

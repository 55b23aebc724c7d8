#!/usr/bin/env node
'use strict';
/*
 * Starts the three emulators on fixed ports with default (demo) data and stays up until SIGINT/SIGTERM.
 * With --sandbox, with the sandbox data instead (a whole business to explore: sandbox/*.js).
 *
 *   node test/emulators/cli.js [--sandbox] [--zoho=18081] [--jframework=18082] [--hyperaze=18083] [--host=127.0.0.1]
 *   env: ZOHO_EMULATOR_PORT, JFRAMEWORK_EMULATOR_PORT, HYPERAZE_EMULATOR_PORT, EMULATOR_HOST
 */

const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator } = require('./index');

function arg(name) {
  const prefix = `--${name}=`;
  const hit = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return hit ? hit.slice(prefix.length) : undefined;
}

function port(name, envName, fallback) {
  const raw = arg(name) ?? process.env[envName] ?? String(fallback);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    process.stderr.write(`invalid port for ${name}: ${raw}\n`);
    process.exit(2);
  }
  return n;
}

async function main() {
  const host = arg('host') ?? process.env.EMULATOR_HOST ?? '127.0.0.1';
  const sandbox = process.argv.slice(2).includes('--sandbox');
  const emus = [];
  // handlers first, so a signal during start-up still closes whatever is already listening
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all(emus.map((e) => e.close()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const zoho = await startZohoEmulator({ host, port: port('zoho', 'ZOHO_EMULATOR_PORT', 18081), demoData: true, sandbox });
    emus.push(zoho);
    const jfw = await startJFrameworkEmulator({ host, port: port('jframework', 'JFRAMEWORK_EMULATOR_PORT', 18082), sandbox });
    emus.push(jfw);
    const hz = await startHyperazeEmulator({ host, port: port('hyperaze', 'HYPERAZE_EMULATOR_PORT', 18083), sandbox });
    emus.push(hz);

    const z = zoho.credentials;
    const j = jfw.credentials;
    const lines = [
      `Zoho Billing  ${zoho.url}  api=${zoho.apiBaseUrl}  token=${zoho.url}/oauth/v2/token  ` +
        `client_id=${z.clientId} client_secret=${z.clientSecret} refresh_token=${z.refreshToken} ` +
        `access_token=${z.accessToken} grant_code=${z.grantCode} organization_id=${z.organizationId}`,
      `JFramework    ${jfw.url}  api=${jfw.apiBaseUrl}  Brand-URL=${j.brandUrl} Auth-Key=${j.authKey} ` +
        `username=${j.username} password=${j.password}`,
      `Hyperaze      ${hz.url}  api=${hz.apiBaseUrl}  Authorization: Bearer ${hz.credentials.apiKey}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } catch (err) {
    process.stderr.write(`could not start the emulators: ${err.message}\n`);
    await Promise.all(emus.map((e) => e.close()));
    process.exit(1);
  }

}

main();

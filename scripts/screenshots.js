#!/usr/bin/env node
'use strict';
/*
 * node scripts/screenshots.js: the PNGs in docs/images/, taken from a real n8n 2.40.7 with this package.
 *
 *   - needs Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium) and the
 *     playwright-core devDependency (it drives that Chromium; it downloads no browser of its own)
 *   - needs a built package (dist/): run `npm run build` first
 *   - starts the three provider emulators and a local n8n the way scripts/dev.js does, but on free ports
 *     and in a temporary user folder (it never touches .dev/n8n or a running `npm run dev`)
 *   - imports the credentials (pointing at the emulators) and a few workflows, sets up the owner,
 *     signs in with headless Chromium and takes the screenshots (1440x900 viewport, made taller
 *     where a form would scroll), cropped to the panel or dialog shown
 *   - stops n8n, the browser and the emulators at the end, also on failure or Ctrl+C
 *
 * Options: --only=name1,name2 (take only these shots), --keep-open (wait for Ctrl+C before stopping;
 * prints the login), --out=DIR (default docs/images). SCREENSHOTS_DEBUG=1 prints n8n's log.
 */

const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');

const root = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1440, height: 900 };
const say = (msg) => process.stdout.write(`[screenshots] ${msg}\n`);

/* ------------------------------------------------------------------------------------------------
 * What is shown: credentials and workflows imported before n8n starts
 * ---------------------------------------------------------------------------------------------- */

const IDS = Object.freeze({
  credHyperaze: 'devCredHyperaze1',
  credJFramework: 'devCredJFramewk1',
  credZoho: 'devCredZohoBill1',
  wfZoho: 'docZohoSubCreate',
  wfJFramework: 'docJfwLicCheckout',
  wfHyperaze: 'docHzValidateKey',
  wfExample: 'hzLicenseWebhook',
});

/**
 * The dev credentials of scripts/dev.js (pointing at the emulators), named as a reader would name theirs.
 * The credential dialogs are shown as new, unsaved credentials instead: opening a saved one makes n8n
 * test it, and a credential for the real providers would make n8n call out of this machine.
 */
const CREDENTIAL_NAMES = Object.freeze({
  [IDS.credHyperaze]: 'Acme Hyperaze',
  [IDS.credJFramework]: 'Acme JFramework',
  [IDS.credZoho]: 'Acme Zoho Billing',
});
function screenshotCredentials(emulators) {
  const { devCredentials } = require('./dev');
  return devCredentials(emulators).map((c) => ({ ...c, name: CREDENTIAL_NAMES[c.id] || c.name }));
}
const credRef = (id) => ({ id, name: CREDENTIAL_NAMES[id] });

const PKG = 'n8n-nodes-subscription-billing';
const manualTrigger = (x = 0) => ({
  name: 'When clicking ‘Execute workflow’',
  type: 'n8n-nodes-base.manualTrigger',
  typeVersion: 1,
  position: [x, 0],
  parameters: {},
});
const link = (from, to) => ({ [from]: { main: [[{ node: to, type: 'main', index: 0 }]] } });

function screenshotWorkflows() {
  const trigger = manualTrigger();
  const zoho = {
    name: 'Create Subscription',
    type: `${PKG}.zohoBilling`,
    typeVersion: 1,
    position: [240, 0],
    credentials: { zohoBillingOAuth2Api: credRef(IDS.credZoho) },
    parameters: {
      resource: 'subscription',
      operation: 'create',
      customerType: 'existing',
      customerId: { __rl: true, mode: 'list', value: '903000000094001', cachedResultName: 'Bowman Furniture' },
      planCode: { __rl: true, mode: 'list', value: 'PRO-MONTHLY', cachedResultName: 'Pro (monthly)' },
      planDetails: { quantity: 3 },
      additionalFields: { coupon_code: 'WELCOME10', reference_id: 'order-1042', starts_at: '2026-01-01T00:00:00' },
    },
  };
  const jfw = {
    name: 'Create Purchase Checkout Link',
    type: `${PKG}.jFramework`,
    typeVersion: 1,
    position: [240, 0],
    credentials: { jFrameworkApi: credRef(IDS.credJFramework) },
    parameters: {
      resource: 'license',
      operation: 'createPurchaseCheckoutLink',
      packageId: { __rl: true, mode: 'list', value: 'Pkpro4m2xq81zt', cachedResultName: 'Pro' },
      subscriptionTypeId: { __rl: true, mode: 'list', value: 'Styr3b8wq0lx5e', cachedResultName: 'Yearly' },
      startDate: '2026-01-01T00:00:00',
      endDate: '2027-01-01T00:00:00',
      additionalFields: {
        quantity: 5,
        returnURL: 'https://shop.example.com/thanks',
        cancelURL: 'https://shop.example.com/cancelled',
      },
    },
  };
  const hz = {
    name: 'Validate License Key',
    type: `${PKG}.hyperaze`,
    typeVersion: 1,
    position: [240, 0],
    credentials: { hyperazeApi: credRef(IDS.credHyperaze) },
    parameters: {
      resource: 'membership',
      operation: 'validateLicenseKey',
      licenseKey: 'ABCD-EFGH-IJKL-MNOP',
      productId: { __rl: true, mode: 'list', value: 'prod_demo00000001', cachedResultName: 'Demo App' },
      metadata: { entries: [{ key: 'hwid', value: 'DEVICE-ABC-123' }] },
      onInvalid: 'returnResult',
    },
  };

  // the example as shipped, with the credential and product a reader picks in step 2 of its README
  const example = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'hyperaze-validate-license-webhook.json'), 'utf8'));
  for (const n of example.nodes) {
    if (n.type === `${PKG}.hyperaze`) {
      n.credentials = { hyperazeApi: credRef(IDS.credHyperaze) };
      n.parameters.productId = { __rl: true, mode: 'list', value: 'prod_demo00000001', cachedResultName: 'Demo App' };
    }
  }

  return [
    { id: IDS.wfZoho, name: 'Zoho Billing: subscribe a customer', nodes: [trigger, zoho], connections: link(trigger.name, zoho.name) },
    { id: IDS.wfJFramework, name: 'JFramework: sell licenses', nodes: [trigger, jfw], connections: link(trigger.name, jfw.name) },
    { id: IDS.wfHyperaze, name: 'Hyperaze: check a license key', nodes: [trigger, hz], connections: link(trigger.name, hz.name) },
    { ...example, id: IDS.wfExample },
  ];
}

/* ------------------------------------------------------------------------------------------------
 * The stack: emulators + n8n (as scripts/dev.js starts them) + headless Chromium
 * ---------------------------------------------------------------------------------------------- */

/** Starts the emulators and n8n; returns { editorUrl, owner, stop() }. Cleans up after itself on failure. */
async function startStack({ debug = false } = {}) {
  const { createInstance, freePort } = require('../test/e2e/n8n');
  const emulators = require('../test/emulators');
  const started = [];
  let n8n = null;
  let server = null;
  const stop = async () => {
    try { if (server) await server.stop(); } catch (e) { say(`n8n stop: ${e.message}`); }
    server = null;
    await Promise.all(started.splice(0).map((e) => e.close().catch(() => {})));
    try { if (n8n) await n8n.cleanup(); } catch { /* temp folder */ }
    n8n = null;
  };
  try {
    // free ports: a developer's `npm run dev` (18081-18083, 5678) may be running at the same time
    const zoho = await emulators.startZohoEmulator({ port: 0, demoData: true });
    started.push(zoho);
    const jfw = await emulators.startJFrameworkEmulator({ port: 0 });
    started.push(jfw);
    const hz = await emulators.startHyperazeEmulator({ port: 0 });
    started.push(hz);

    say('preparing n8n in a temporary user folder…');
    n8n = await createInstance({ packageDir: root }); // temp folder, removed by cleanup()
    await n8n.importCredentials(screenshotCredentials({ zoho, jfw, hz }));
    await n8n.importWorkflows(screenshotWorkflows());

    const port = await freePort();
    say(`starting n8n on port ${port}…`);
    server = await n8n.start({
      port,
      timeoutMs: 180_000,
      onLog: debug ? (t) => process.stdout.write(t.split('\n').filter(Boolean).map((l) => `[n8n] ${l}\n`).join('')) : undefined,
    });
    const owner = await server.setupOwner();
    return { editorUrl: `http://localhost:${port}`, owner, server, emulators: { zoho, jfw, hz }, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium with a fresh profile; returns { browser, context, page, close() }. */
async function startBrowser() {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'screenshots-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on('dialog', (d) => d.accept().catch(() => {})); // "leave the page?" when moving on from an unsaved form
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/* ------------------------------------------------------------------------------------------------
 * Driving the editor
 * ---------------------------------------------------------------------------------------------- */

/** Signs in through n8n's sign-in page. */
async function signIn(page, editorUrl, owner) {
  await page.goto(`${editorUrl}/signin`);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 30_000 });
}

/** Closes n8n's toasts and any modal that is not the one being shown, and moves the mouse out of the way. */
async function tidy(page) {
  for (const btn of await page.locator('.el-notification .el-notification__closeBtn').all()) {
    await btn.click().catch(() => {});
  }
  await page.mouse.move(2, page.viewportSize().height - 2);
  await page.waitForTimeout(400);
}

/** Fails when n8n shows an error toast: a screenshot of an error is never wanted. */
async function assertNoError(page, what) {
  const errors = page.locator('.el-notification--error, .el-notification .el-icon-error, [class*="notification"][class*="error"]');
  if (await errors.count()) {
    const text = (await errors.first().locator('xpath=ancestor-or-self::*[contains(@class,"el-notification")]').first().innerText().catch(() => '')) || '';
    throw new Error(`${what}: n8n shows an error: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}

async function openWorkflow(page, editorUrl, workflowId) {
  await page.goto(`${editorUrl}/workflow/${workflowId}`);
  await page.waitForSelector('.vue-flow__node', { timeout: 30_000 });
  await page.waitForTimeout(800);
}

/** Opens a node's panel (NDV) by double-clicking it on the canvas. */
async function openNode(page, nodeName) {
  await page.locator('.vue-flow__node', { hasText: nodeName }).first().dblclick();
  await page.waitForSelector('[data-test-id="ndv"] [data-test-id="node-parameters"]', { timeout: 30_000 });
  await page.waitForTimeout(1200);
}

/**
 * The parameters column of the open NDV, with the viewport made tall enough for the whole form
 * (so nothing is cut off by the panel's scrolling). Returns a clip rectangle.
 */
async function fitNdvParameters(page) {
  const params = page.locator('[data-test-id="ndv"] [data-test-id="node-parameters"]');
  const extra = await params.evaluate((e) => e.scrollHeight - e.clientHeight);
  if (extra > 0) {
    const { width, height } = page.viewportSize();
    await page.setViewportSize({ width, height: Math.min(height + extra + 40, 2000) });
    await page.waitForTimeout(600);
  }
  // the column: the parent that holds the Parameters/Settings tabs and the form
  const column = params.locator('xpath=ancestor::*[.//*[@data-test-id="tab-params"]][1]');
  const box = await column.boundingBox();
  const dialog = await page.locator('[data-test-id="ndv"]').boundingBox();
  return { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, dialog.y + dialog.height - box.y) };
}

/** Starts a new (unsaved) credential of a type in the credentials page; nothing is saved or tested. */
async function newCredential(page, editorUrl, search, typeName) {
  await page.goto(`${editorUrl}/home/credentials/create`);
  await page.waitForSelector('.el-dialog input', { timeout: 30_000 });
  await page.keyboard.type(search);
  await page.getByText(typeName, { exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('.el-dialog [data-test-id="credential-connection-parameter"]', { timeout: 30_000 });
  // show the whole form: the dialog is at most 750 px high and scrolls inside otherwise
  await page.addStyleTag({
    content: [
      '.el-dialog[class*="_credentialModal_"] { max-height: none !important; height: auto !important; }',
      '.el-dialog[class*="_credentialModal_"] [class*="_mainContent_"] { height: auto !important; max-height: none !important; overflow: visible !important; }',
    ].join('\n'),
  });
  await page.waitForTimeout(600);
}

async function credentialField(page, name) {
  return page.locator(`.el-dialog [data-test-id="${name}"]`);
}

async function credentialDialogBox(page) {
  return page.locator('.el-dialog:visible').first().boundingBox();
}

const union = (a, b) => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};
const pad = (r, p, page) => {
  const v = page.viewportSize();
  const x = Math.max(0, Math.floor(r.x - p));
  const y = Math.max(0, Math.floor(r.y - p));
  return { x, y, width: Math.min(v.width - x, Math.ceil(r.width + 2 * p)), height: Math.min(v.height - y, Math.ceil(r.height + 2 * p)) };
};

/* ------------------------------------------------------------------------------------------------
 * The shots. Each gets a fresh 1440x900 viewport; `run` returns the clip rectangle (or null: the viewport).
 * ---------------------------------------------------------------------------------------------- */

const SHOTS = [
  {
    file: 'zoho-billing-subscription-create.png',
    what: 'Zoho Billing node: Subscription → Create',
    async run({ page, editorUrl }) {
      await openWorkflow(page, editorUrl, IDS.wfZoho);
      await openNode(page, 'Create Subscription');
      return fitNdvParameters(page);
    },
  },
  {
    file: 'jframework-license-checkout-link.png',
    what: 'JFramework node: License → Create Purchase Checkout Link',
    async run({ page, editorUrl }) {
      await openWorkflow(page, editorUrl, IDS.wfJFramework);
      await openNode(page, 'Create Purchase Checkout Link');
      return fitNdvParameters(page);
    },
  },
  {
    file: 'hyperaze-validate-license-key.png',
    what: 'Hyperaze node: Membership → Validate License Key',
    async run({ page, editorUrl }) {
      await openWorkflow(page, editorUrl, IDS.wfHyperaze);
      await openNode(page, 'Validate License Key');
      return fitNdvParameters(page);
    },
  },
  {
    file: 'hyperaze-validate-license-key-output.png',
    what: 'Hyperaze node executed against the emulator (output as JSON)',
    async run({ page, editorUrl }) {
      await openWorkflow(page, editorUrl, IDS.wfHyperaze);
      await openNode(page, 'Validate License Key');
      await page.locator('[data-test-id="ndv"] [data-test-id="node-execute-button"]').click();
      const output = page.locator('[data-test-id="ndv"] [data-test-id="output-panel"]');
      await output.locator('[data-test-id="radio-button-json"]').waitFor({ timeout: 30_000 });
      await output.locator('[data-test-id="radio-button-json"]').click();
      await output.getByText('"license_key"').first().waitFor({ timeout: 10_000 });
      return null;
    },
  },
  {
    file: 'zoho-billing-credential.png',
    what: 'Zoho Billing credential (new)',
    async run({ page, editorUrl }) {
      await newCredential(page, editorUrl, 'Zoho Billing', 'Zoho Billing OAuth2 API');
      return pad(await credentialDialogBox(page), 0, page);
    },
  },
  {
    file: 'zoho-billing-credential-data-centre.png',
    what: 'Zoho Billing credential: the Data Centre list',
    async run({ page, editorUrl }) {
      // tall enough for the list to open below the field
      await page.setViewportSize({ width: VIEWPORT.width, height: 1500 });
      await newCredential(page, editorUrl, 'Zoho Billing', 'Zoho Billing OAuth2 API');
      // room in the dialog for the open list, so that it does not hang over the dialog's edge
      await page.addStyleTag({ content: '.el-dialog[class*="_credentialModal_"] [class*="_mainContent_"] { padding-bottom: 200px !important; }' });
      const field = await credentialField(page, 'dataCenter');
      await field.locator('input').first().click();
      const list = page.locator('.el-select-dropdown:visible').last();
      await list.getByText('Saudi Arabia (zoho.sa)').waitFor();
      await page.waitForTimeout(400);
      return pad(union(await credentialDialogBox(page), await list.boundingBox()), 0, page);
    },
  },
  {
    file: 'jframework-credential.png',
    what: 'JFramework credential (new): the two authentication modes',
    async run({ page, editorUrl }) {
      await newCredential(page, editorUrl, 'JFramework', 'JFramework API');
      await (await credentialField(page, 'brandUrl')).locator('input').fill('shop.example.com');
      await (await credentialField(page, 'authentication')).locator('input').first().click();
      await page.locator('.el-select-dropdown:visible').last().getByText('Username and Password').waitFor();
      await page.waitForTimeout(400);
      return pad(await credentialDialogBox(page), 0, page);
    },
  },
  {
    file: 'jframework-credential-login.png',
    what: 'JFramework credential (new): username and password',
    async run({ page, editorUrl }) {
      await newCredential(page, editorUrl, 'JFramework', 'JFramework API');
      await (await credentialField(page, 'brandUrl')).locator('input').fill('shop.example.com');
      await (await credentialField(page, 'authentication')).locator('input').first().click();
      await page.locator('.el-select-dropdown:visible').last().getByText('Username and Password').click();
      await (await credentialField(page, 'username')).locator('input').fill('automation@example.com');
      await (await credentialField(page, 'password')).locator('input').fill('example-password');
      await page.locator('.el-dialog:visible').first().click({ position: { x: 40, y: 400 } }); // blur the field
      return pad(await credentialDialogBox(page), 0, page);
    },
  },
  {
    file: 'hyperaze-credential.png',
    what: 'Hyperaze credential (new)',
    async run({ page, editorUrl }) {
      await newCredential(page, editorUrl, 'Hyperaze', 'Hyperaze API');
      return pad(await credentialDialogBox(page), 0, page);
    },
  },
  {
    file: 'hyperaze-example-workflow.png',
    what: 'The example workflow examples/hyperaze-validate-license-webhook.json, after a test call',
    async run({ page, editorUrl }) {
      await openWorkflow(page, editorUrl, IDS.wfExample);
      // listen for a test call, then make one, as the desktop app would
      await page.locator('[data-test-id="execute-workflow-button"]').click();
      await page.waitForTimeout(1500);
      const res = await fetch(`${editorUrl.replace('localhost', '127.0.0.1')}/webhook-test/hyperaze/validate-license`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ license_key: 'ABCD-EFGH-IJKL-MNOP', hwid: 'DEVICE-ABC-123' }),
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`test call answered ${res.status}: ${text.slice(0, 200)}`);
      await page.waitForTimeout(2000);
      await page.locator('[data-test-id="zoom-to-fit"]').click();
      await page.waitForTimeout(800);
      return null;
    },
  },
];

/* ------------------------------------------------------------------------------------------------
 * main
 * ---------------------------------------------------------------------------------------------- */

function parseArgs(argv) {
  const args = { only: null, keepOpen: false, out: path.join(root, 'docs', 'images') };
  for (const a of argv) {
    if (a.startsWith('--only=')) args.only = a.slice(7).split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--keep-open') args.keepOpen = true;
    else if (a.startsWith('--out=')) args.out = path.resolve(a.slice(6));
    else throw new Error(`unknown option ${a} (known: --only=a,b --keep-open --out=DIR)`);
  }
  return args;
}

async function main() {
  const t0 = Date.now();
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`[screenshots] ${CHROMIUM} is missing. Install Debian's Chromium:\n  apt-get install -y chromium\n`);
    process.exit(2);
  }
  try {
    require.resolve('playwright-core');
  } catch {
    process.stderr.write('[screenshots] playwright-core is missing: run `npm install` (it is a devDependency)\n');
    process.exit(2);
  }
  if (!fs.existsSync(path.join(root, 'dist'))) {
    process.stderr.write('[screenshots] dist/ is missing: run `npm run build` first\n');
    process.exit(2);
  }
  const shots = args.only ? SHOTS.filter((s) => args.only.some((o) => s.file.startsWith(o))) : SHOTS;
  if (!shots.length) throw new Error(`--only matched none of: ${SHOTS.map((s) => s.file).join(', ')}`);
  fs.mkdirSync(args.out, { recursive: true });

  let stack = null;
  let browser = null;
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    if (browser) await browser.close();
    if (stack) await stack.stop();
  };
  const onSignal = () => {
    say('stopping…');
    stopAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    stack = await startStack({ debug: !!process.env.SCREENSHOTS_DEBUG });
    browser = await startBrowser();
    const { page } = browser;
    await signIn(page, stack.editorUrl, stack.owner);
    say(`signed in to ${stack.editorUrl} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

    for (const shot of shots) {
      const ts = Date.now();
      // every shot starts from a fresh load of the editor (an unsaved credential form is simply left)
      await page.setViewportSize(VIEWPORT);
      await page.goto('about:blank');
      const clip = await shot.run({ page, editorUrl: stack.editorUrl, stack });
      await tidy(page);
      await assertNoError(page, shot.what);
      const file = path.join(args.out, shot.file);
      await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
      say(`${path.relative(root, file)}  ${shot.what}  (${((Date.now() - ts) / 1000).toFixed(1)} s)`);
    }

    if (args.keepOpen) {
      say(`kept open: ${stack.editorUrl}  login ${stack.owner.email} / ${stack.owner.password}; Ctrl+C stops`);
      await new Promise(() => {});
    }
  } finally {
    await stopAll();
  }
  say(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`[screenshots] ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
}

module.exports = { startStack, startBrowser, signIn, screenshotWorkflows, screenshotCredentials, SHOTS, IDS, VIEWPORT };

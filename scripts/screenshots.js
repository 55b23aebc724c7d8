#!/usr/bin/env node
'use strict';
/*
 * `npm run screenshots` (= npm run build && node scripts/screenshots.js): the PNGs in docs/images/,
 * taken in a real n8n 2.40.7 with this package, with the steps of the browser test.
 *
 *   - runs against startSandbox() of scripts/dev.js (the emulators with the sandbox data, the
 *     credentials, the examples, n8n on free ports in a temporary user folder, the owner set up;
 *     it never touches .dev/n8n or a running `npm run dev`), plus the few workflows shown below
 *   - drives Debian's Chromium (/usr/bin/chromium, through the playwright-core devDependency) with
 *     test/e2e/editor.js, as test/e2e/first-hour.e2e.test.js does; the first-hour shots follow the
 *     Zoho Billing flow of its firstHourFlows()
 *   - 1440x900 viewport, made taller where a form would scroll; each shot cut to the panel or dialog
 *   - stops n8n, the browser and the emulators at the end, also on failure or Ctrl+C
 *
 * Options: --only=name1,name2 (the shots whose file names start so), --keep-open (wait for Ctrl+C
 * before stopping; prints the login), --out=DIR (default docs/images). SCREENSHOTS_DEBUG=1 prints n8n's log.
 */

const path = require('node:path');
const fs = require('node:fs');
const editor = require('../test/e2e/editor');

const root = path.resolve(__dirname, '..');
const say = (msg) => process.stdout.write(`[screenshots] ${msg}\n`);
const PKG = 'n8n-nodes-subscription-billing';

/* ------------------------------------------------------------------------------------------------
 * What is shown: the sandbox's credentials named as a reader names theirs, and three workflows
 * (the example workflows come with the sandbox). The credential dialogs are new, unsaved
 * credentials: opening a saved one makes n8n test it.
 * ---------------------------------------------------------------------------------------------- */

const CREDENTIAL_NAMES = {
  devCredHyperaze1: 'Acme Hyperaze',
  devCredJFramewk1: 'Acme JFramework',
  devCredZohoBill1: 'Acme Zoho Billing',
};
const credential = (type, id) => ({ [type]: { id, name: CREDENTIAL_NAMES[id] } });
const list = (value, cachedResultName) => ({ __rl: true, mode: 'list', value, cachedResultName });

/** A saved workflow: "Execute workflow" trigger → `node`. */
function oneNodeWorkflow(id, name, node) {
  const trigger = { name: 'When clicking ‘Execute workflow’', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
  return {
    id,
    name,
    nodes: [trigger, { typeVersion: 1, position: [240, 0], ...node }],
    connections: { [trigger.name]: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
  };
}

function workflows() {
  const { ZOHO_SANDBOX_IDS: Z, JFW_IDS, HYPERAZE_IDS, HYPERAZE_LICENSE_KEYS: K, HYPERAZE_BOUND_HWID } = require('../test/emulators');
  return [
    oneNodeWorkflow('docZohoSubCreate', 'Zoho Billing: subscribe a customer', {
      name: 'Create Subscription',
      type: `${PKG}.zohoBilling`,
      credentials: credential('zohoBillingOAuth2Api', 'devCredZohoBill1'),
      parameters: {
        resource: 'subscription',
        operation: 'create',
        customerType: 'existing',
        customerId: list(Z.customerBowman, 'Bowman Furniture'),
        planCode: list('pro-monthly', 'Pro'),
        planDetails: { quantity: 3 },
        additionalFields: { coupon_code: 'WELCOME10', reference_id: 'order-1042', starts_at: '2026-01-01T00:00:00' },
      },
    }),
    oneNodeWorkflow('docJfwLicCheckout', 'JFramework: sell licenses', {
      name: 'Create Purchase Checkout Link',
      type: `${PKG}.jFramework`,
      credentials: credential('jFrameworkApi', 'devCredJFramewk1'),
      parameters: {
        resource: 'license',
        operation: 'createPurchaseCheckoutLink',
        packageId: list(JFW_IDS.pkgPro, 'Pro'),
        subscriptionTypeId: list(JFW_IDS.stYearly, 'Yearly'),
        startDate: '2026-01-01T00:00:00',
        endDate: '2027-01-01T00:00:00',
        additionalFields: { quantity: 5, returnURL: 'https://shop.example.com/thanks', cancelURL: 'https://shop.example.com/cancelled' },
      },
    }),
    oneNodeWorkflow('docHzValidateKey', 'Hyperaze: check a license key', {
      name: 'Validate License Key',
      type: `${PKG}.hyperaze`,
      credentials: credential('hyperazeApi', 'devCredHyperaze1'),
      parameters: {
        resource: 'membership',
        operation: 'validateLicenseKey',
        licenseKey: K.active,
        productId: list(HYPERAZE_IDS.productDemo, 'Demo App'),
        metadata: { entries: [{ key: 'hwid', value: HYPERAZE_BOUND_HWID }] },
        onInvalid: 'returnResult',
      },
    }),
  ];
}

/* ------------------------------------------------------------------------------------------------
 * The shots. Each starts from a blank page and a 1440x900 viewport; snap(file, options) saves one
 * PNG (options of editor.screenshot) and fails when n8n shows an error toast, or with `error: true`
 * when it shows none.
 * ---------------------------------------------------------------------------------------------- */

/** A node of a saved workflow, its panel's parameters column. */
const nodeForm = (workflowId, nodeName) => async ({ page, url, snap, file }) => {
  await editor.openWorkflow(page, url, workflowId);
  await editor.openNode(page, nodeName);
  await snap(file, { clip: await editor.fitParameters(page) });
};

/** A new credential's whole form; `then` fills or opens what the shot shows. */
const credentialForm = (search, typeName, then = async () => {}) => async ({ page, url, snap, file }) => {
  await editor.newCredential(page, url, search, typeName);
  await editor.fitCredentialDialog(page);
  const extra = (await then(page)) || [];
  await snap(file, { clip: [editor.dialog(page), ...extra] });
};

/** Execute step, which must end in `outcome` ('success' or 'error'). */
async function executeStep(page, outcome) {
  const run = await editor.executeStep(page);
  if (run.outcome !== outcome) throw new Error(`Execute step: ${run.outcome} instead of ${outcome}: ${run.toast}`);
}

/** The top of the parameters column (a rectangle) down to a little below `part` (a locator), and `part`. */
async function columnDownTo(column, part) {
  const box = await part.boundingBox();
  return [{ ...column, height: box.y + box.height + 24 - column.y }, box];
}

const SHOTS = [
  { files: ['zoho-billing-subscription-create.png'], run: nodeForm('docZohoSubCreate', 'Create Subscription') },
  { files: ['jframework-license-checkout-link.png'], run: nodeForm('docJfwLicCheckout', 'Create Purchase Checkout Link') },
  { files: ['hyperaze-validate-license-key.png'], run: nodeForm('docHzValidateKey', 'Validate License Key') },
  {
    files: ['hyperaze-validate-license-key-output.png'],
    async run({ page, url, snap, file }) {
      await editor.openWorkflow(page, url, 'docHzValidateKey');
      await editor.openNode(page, 'Validate License Key');
      await executeStep(page, 'success');
      await editor.outputJson(page);
      await snap(file);
    },
  },
  { files: ['zoho-billing-credential.png'], run: credentialForm('Zoho Billing', 'Zoho Billing OAuth2 API') },
  {
    files: ['zoho-billing-credential-data-centre.png'],
    async run({ page, url, snap, file }) {
      await page.setViewportSize({ width: editor.VIEWPORT.width, height: 1500 }); // the list opens below the field
      await editor.newCredential(page, url, 'Zoho Billing', 'Zoho Billing OAuth2 API');
      await editor.fitCredentialDialog(page, { room: 100 }); // the open list stays inside the dialog
      const options = await editor.openCredentialOptions(page, 'dataCenter');
      await snap(file, { clip: [editor.dialog(page), editor.listPanel(options)] });
    },
  },
  {
    files: ['jframework-credential.png'],
    run: credentialForm('JFramework', 'JFramework API', async (page) => {
      await editor.fillCredentialField(page, 'brandUrl', 'shop.example.com');
      return [editor.listPanel(await editor.openCredentialOptions(page, 'authentication'))];
    }),
  },
  {
    files: ['jframework-credential-login.png'],
    run: credentialForm('JFramework', 'JFramework API', async (page) => {
      await editor.fillCredentialField(page, 'brandUrl', 'shop.example.com');
      await editor.chooseCredentialOption(page, 'authentication', 'Username and Password');
      await editor.fillCredentialField(page, 'username', 'automation@example.com');
      await editor.fillCredentialField(page, 'password', 'example-password');
      await editor.dialog(page).locator('input:focus').blur();
    }),
  },
  { files: ['hyperaze-credential.png'], run: credentialForm('Hyperaze', 'Hyperaze API') },
  {
    files: ['hyperaze-example-workflow.png'],
    async run({ page, url, snap, file, sandbox }) {
      const { HYPERAZE_LICENSE_KEYS: K, HYPERAZE_BOUND_HWID } = require('../test/emulators');
      const wf = sandbox.examples.hyperaze;
      await editor.openWorkflow(page, url, wf.id);
      await editor.executeWorkflow(page); // listens for a test call; the desktop app makes one
      const res = await fetch(`${url.replace('localhost', '127.0.0.1')}/webhook-test/hyperaze/validate-license`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ license_key: K.active, hwid: HYPERAZE_BOUND_HWID }),
      });
      if (res.status !== 200) throw new Error(`the test call answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
      await editor.waitForCanvasSuccess(page, wf.nodes.filter((n) => !n.type.endsWith('stickyNote')).map((n) => n.name));
      await editor.zoomToFit(page);
      await snap(file);
    },
  },
  {
    // the first hour (test/e2e/first-hour.e2e.test.js), Zoho Billing: a new workflow, Subscription → Get
    files: ['first-hour-operation-dropdown.png', 'first-hour-pick-from-list.png', 'first-hour-output.png', 'first-hour-provider-error.png'],
    async run({ page, url, snap }) {
      const flow = editor.firstHourFlows().zoho;
      await editor.newWorkflow(page, url);
      await editor.addNode(page, flow.node, flow.action);
      await editor.chooseOption(page, 'resource', flow.resource);
      const column = await editor.fitParameters(page);
      const operations = await editor.openOptions(page, 'operation');
      await editor.scrollListToTop(page, operations);
      await snap('first-hour-operation-dropdown.png', { clip: await columnDownTo(column, editor.listPanel(operations)) });
      await page.keyboard.press('Escape');
      await operations.waitFor({ state: 'hidden' });
      await editor.chooseOption(page, 'operation', flow.operation);

      await editor.listRecords(page, flow.picker);
      const list = await columnDownTo(column, editor.recordList(page));
      await snap('first-hour-pick-from-list.png', { clip: list, hover: editor.recordItem(page, flow.pick) });
      await editor.pickFromList(page, flow.picker, flow.pick);

      await executeStep(page, 'success');
      await editor.outputJson(page);
      await snap('first-hour-output.png', { clip: editor.ndv(page) });

      await editor.enterId(page, flow.picker, flow.missingId);
      await executeStep(page, 'error');
      await snap('first-hour-provider-error.png', { clip: editor.ndv(page), error: true });
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
  if (!fs.existsSync(path.join(root, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
  const wanted = (file) => !args.only || args.only.some((o) => file.startsWith(o));
  const shots = SHOTS.filter((s) => s.files.some(wanted));
  if (!shots.length) throw new Error(`--only matched none of: ${SHOTS.flatMap((s) => s.files).join(', ')}`);

  let sandbox = null;
  let browser = null;
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    if (browser) await browser.close();
    if (sandbox) await sandbox.stop();
  };
  const onSignal = () => {
    say('stopping…');
    stopAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const { startSandbox } = require('./dev');
    sandbox = await startSandbox({
      credentialNames: CREDENTIAL_NAMES,
      workflows: workflows(),
      onStep: say,
      onLog: process.env.SCREENSHOTS_DEBUG ? (t) => process.stdout.write(t.split('\n').filter(Boolean).map((l) => `[n8n] ${l}\n`).join('')) : undefined,
    });
    browser = await editor.launchBrowser();
    const { page } = browser;
    const url = sandbox.editorUrl;
    await editor.signIn(page, url, sandbox.owner);
    say(`signed in to ${url} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

    for (const shot of shots) {
      const ts = Date.now();
      await page.setViewportSize(editor.VIEWPORT);
      await page.goto('about:blank'); // an unsaved form is simply left
      const snap = async (file, { error = false, ...options } = {}) => {
        if (!wanted(file)) return;
        const errors = await editor.errorToastTexts(page);
        if (errors.length && !error) throw new Error(`${file}: n8n shows an error: ${errors.join(' | ').slice(0, 300)}`);
        if (!errors.length && error) throw new Error(`${file}: n8n shows no error`);
        await editor.screenshot(page, path.join(args.out, file), options);
        say(`${path.relative(root, path.join(args.out, file))}  (${((Date.now() - ts) / 1000).toFixed(1)} s)`);
      };
      await editor.step(shot.files.join(', '), () => shot.run({ page, url, sandbox, snap, file: shot.files[0] }));
    }

    if (args.keepOpen) {
      say(`kept open: ${url}  login ${sandbox.owner.email} / ${sandbox.owner.password}; Ctrl+C stops`);
      await new Promise(() => {});
    }
  } finally {
    await stopAll();
  }
  say(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

if (require.main === module) {
  main().catch((err) => {
    // the message names the step that failed (editor.step); the stack says where
    process.stderr.write(`[screenshots] ${err && err.message}\n${err && err.stack ? err.stack.split('\n').slice(1).join('\n') : ''}\n`);
    process.exit(1);
  });
}

module.exports = { SHOTS, workflows, CREDENTIAL_NAMES };

'use strict';
// Drives n8n's editor (n8n 2.40.7) in Debian's Chromium through playwright-core, as a user does:
// sign in, start a workflow, add a node from the node panel, choose options, pick records, run a
// step, read the output and the errors, fill a new credential's form, save a screenshot cut to a
// panel. The browser test of a new user's first hour (first-hour.e2e.test.js) and the screenshots
// of docs/images (scripts/screenshots.js) share these steps and the flows of firstHourFlows(),
// against the sandbox of `npm run dev` (scripts/dev.js startSandbox).
//
//   const editor = require('./editor');
//   const browser = await editor.launchBrowser();          // headless, a fresh profile
//   await editor.signIn(browser.page, sandbox.editorUrl, sandbox.owner);
//   await editor.newWorkflow(page, editorUrl);             // a new workflow with a manual trigger
//   await editor.addNode(page, 'Zoho Billing', 'Get a subscription');   // opens the node's panel
//   await editor.pickFromList(page, 'subscriptionId', 'Bowman Furniture – Pro (dunning)');
//   const run = await editor.executeStep(page);            // { outcome: 'success' | 'error' | 'refused', toast }
//   await editor.screenshot(page, 'docs/images/x.png', { clip: editor.ndv(page) });
//
// Selectors are n8n's data-test-id attributes wherever n8n has one; every wait is on a condition.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = Object.freeze({ width: 1440, height: 900 });
const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
/** How long a single step may wait for the editor (a run against the emulators takes a second or two). */
const STEP_TIMEOUT_MS = 30_000;

/** Headless Chromium with a fresh profile; resolves { browser, context, page, close() }. */
async function launchBrowser({ viewport = VIEWPORT } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium; npm test does it when it runs as root)`);
  }
  const { chromium, selectors } = require('playwright-core');
  selectors.setTestIdAttribute('data-test-id'); // n8n's attribute (playwright's default is data-testid)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-editor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = context.pages()[0] || (await context.newPage());
  page.on('dialog', (d) => d.accept().catch(() => {})); // "leave the page?" when moving on from an unsaved form
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Runs `fn`; a failure says which step failed (`what`) before the browser's own message. */
async function step(what, fn) {
  try {
    return await fn();
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    e.message = `${what}: ${e.message}`;
    throw e;
  }
}

/** Waits until `check()` returns a truthy value (polled); fails with `what` and the last value seen. */
async function waitUntil(what, check, { timeoutMs = STEP_TIMEOUT_MS, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`${what} (not after ${timeoutMs} ms)`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

const oneLine = (text) => String(text || '').replace(/\s+/g, ' ').trim();

/* ------------------------------------------------------------------------------------------------
 * Signing in, workflows, the node panel
 * ---------------------------------------------------------------------------------------------- */

/** Signs in through n8n's sign-in page. */
async function signIn(page, editorUrl, owner) {
  await page.goto(`${editorUrl}/signin`);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
}

/** Opens a saved workflow on the canvas. */
async function openWorkflow(page, editorUrl, workflowId) {
  await page.goto(`${editorUrl}/workflow/${workflowId}`);
  await page.getByTestId('canvas-node').first().waitFor();
}

/** Opens a node's panel (NDV) by double-clicking it on the canvas. */
async function openNode(page, nodeName) {
  await page.getByTestId('canvas-node').filter({ hasText: nodeName }).first().dblclick();
  await ndv(page).getByTestId('node-parameters').waitFor();
}

/** A new workflow whose first step is "Trigger manually", as a new user starts one. */
async function newWorkflow(page, editorUrl) {
  await page.goto(`${editorUrl}/workflow/new`);
  await page.getByTestId('canvas-plus-button').click();
  await page.getByTestId('node-creator-search-bar').fill('Trigger manually');
  await page.getByTestId('node-creator-item-name').getByText('Trigger manually', { exact: true }).click();
  await page.getByTestId('canvas-trigger-node').waitFor();
}

/**
 * Adds a node after the trigger through the node panel: search `nodeName`, open it, click the action
 * (e.g. "Get a subscription"), which sets its resource and operation. Resolves when its panel is open.
 */
async function addNode(page, nodeName, action) {
  await page.getByTestId('canvas-handle-plus').first().click();
  await page.getByTestId('node-creator-search-bar').fill(nodeName);
  await page.getByTestId('node-creator-item-name').getByText(nodeName, { exact: true }).first().click();
  const item = page.getByTestId('item-iterator-item').filter({
    has: page.getByTestId('node-creator-item-name').getByText(action, { exact: true }),
  });
  await item.first().click();
  await ndv(page).getByTestId('node-parameters').waitFor();
}

/** The open node panel. */
const ndv = (page) => page.getByTestId('ndv');

/** Closes the node panel. */
async function closeNdv(page) {
  await ndv(page).getByTestId('ndv-close-button').click();
  await ndv(page).waitFor({ state: 'hidden' });
}

/* ------------------------------------------------------------------------------------------------
 * Parameters
 * ---------------------------------------------------------------------------------------------- */

/** The list that a select (n8n's element-plus select) opened: found through its combobox's aria-controls. */
async function openedList(page, select) {
  const combobox = select.locator('input[role="combobox"]').first();
  await waitUntil('the list did not open', async () => (await combobox.getAttribute('aria-expanded')) === 'true');
  const id = await combobox.getAttribute('aria-controls');
  const list = page.locator(`[id="${id}"]`);
  await list.locator('[role="option"]').first().waitFor();
  return list;
}

/** The floating panel that shows an opened list (`openedList`), as far as it shows on screen (the list scrolls inside it). */
const listPanel = (list) => list.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " el-popper ")][1]');

/** Scrolls an opened list (`openedList`) to its first option (it opens scrolled to the chosen one). */
async function scrollListToTop(page, list) {
  await settle(page); // the list's own scrolling first
  await waitUntil('the list did not scroll to its top', () => list.evaluate((ul) => (ul.closest('.el-scrollbar__wrap').scrollTop = 0) === 0));
  await settle(page);
}

/** Opens the dropdown of an options parameter (by name) and resolves its list. */
async function openOptions(page, name) {
  const select = ndv(page).getByTestId(`parameter-input-${name}`);
  await select.click();
  return openedList(page, select);
}

/** The options of an options parameter as the dropdown shows them: [{ name, description }]; closes it again. */
async function optionList(page, name) {
  const list = await openOptions(page, name);
  const options = await list.locator('[role="option"]').evaluateAll((items) =>
    items.map((li) => ({
      name: (li.querySelector('.option-headline') || li).textContent.trim(),
      description: ((li.querySelector('.option-description') || {}).textContent || '').trim(),
    })),
  );
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  return options;
}

/** Chooses `option` (its shown name) in an options parameter and waits until the field shows it. */
async function chooseOption(page, name, option) {
  const list = await openOptions(page, name);
  const item = list.locator('[role="option"]').filter({
    has: page.locator('.option-headline').getByText(option, { exact: true }),
  });
  await item.first().click();
  const input = ndv(page).getByTestId(`parameter-input-${name}`).locator('input').first();
  await waitUntil(`"${option}" was not chosen`, async () => (await input.inputValue()) === option);
}

/** Fills a string parameter (by name) in fixed mode. */
async function fillParameter(page, name, value, { within } = {}) {
  const scope = within || ndv(page);
  const field = scope.getByTestId(`parameter-input-${name}`).locator('input, textarea').first();
  await field.fill(value);
}

/** Switches a record picker (resource locator, by parameter name) to a mode: 'From list' or 'By ID'. */
async function pickerMode(page, name, mode) {
  const picker = ndv(page).getByTestId(`resource-locator-${name}`);
  const selector = picker.getByTestId('rlc-mode-selector');
  if ((await selector.locator('input').first().inputValue()) === mode) return picker;
  await selector.click();
  const list = await openedList(page, selector);
  await list.locator('[role="option"]').filter({ hasText: new RegExp(`^\\s*${mode}\\s*$`) }).first().click();
  await waitUntil(`the picker did not switch to ${mode}`, async () => (await selector.locator('input').first().inputValue()) === mode);
  return picker;
}

/** The records a picker lists ("From List"), as shown; the list is left open. */
async function listRecords(page, name) {
  const picker = await pickerMode(page, name, 'From list');
  await picker.getByTestId('rlc-input').click();
  await page.getByTestId('rlc-item').first().waitFor();
  return page.getByTestId('rlc-item').allInnerTexts();
}

/** The open list of a picker (`listRecords`): its search field and records, and one of its records (by text). */
const recordList = (page) => page.getByTestId('rlc-search').locator('xpath=ancestor::*[.//*[@data-test-id="rlc-item"]][1]');
const recordItem = (page, text) => page.getByTestId('rlc-item').filter({ hasText: text }).first();

/**
 * Picks a record from a picker's list: the one shown as `text` (a string: exactly; a RegExp: the
 * first that matches), and waits until the picker shows it. Resolves the text of the record picked.
 */
async function pickFromList(page, name, text) {
  const records = (await listRecords(page, name)).map((r) => r.trim());
  const index = records.findIndex((r) => (text instanceof RegExp ? text.test(r) : r === text));
  if (index === -1) throw new Error(`${text} is not in the list of ${name}; it shows: ${records.slice(0, 20).join(' | ')}`);
  await page.getByTestId('rlc-item').nth(index).click();
  const input = ndv(page).getByTestId(`resource-locator-${name}`).getByTestId('rlc-input');
  await waitUntil(`the picker does not show "${records[index]}"`, async () => (await input.inputValue()) === records[index]);
  return records[index];
}

/** Enters an ID in a picker's "By ID" mode. */
async function enterId(page, name, id) {
  const picker = await pickerMode(page, name, 'By ID');
  const input = picker.getByTestId('rlc-input');
  await input.fill(id);
  // leaving the field makes n8n take the value in at once (typing is taken in after a pause), so a
  // click on Execute step right after runs with the ID typed here
  await input.press('Tab');
  await waitUntil(`the ID "${id}" was not taken in`, async () => (await input.inputValue()) === id);
}

/** Adds one entry to a fixed collection (by name), e.g. the Metadata pairs; resolves the new entry's scope. */
async function addCollectionEntry(page, name) {
  const collection = ndv(page).getByTestId(`fixed-collection-${name}`);
  const before = await collection.getByTestId('fixed-collection-delete').count();
  await collection.getByTestId('fixed-collection-add').click();
  await waitUntil('no entry was added', async () => (await collection.getByTestId('fixed-collection-delete').count()) > before);
  return collection;
}

/**
 * The "…Options" collections of the node (Parameters and Settings tabs), each with the options its
 * "Add Option" list offers: [{ tab, label, options: [names] }]. Leaves the Parameters tab shown.
 */
async function optionCollections(page) {
  const found = [];
  for (const tab of ['params', 'settings']) {
    await ndv(page).getByTestId(`tab-${tab}`).click();
    // the tab's form (the other tab's stays in the page, hidden), once it shows a parameter only it has
    const params = ndv(page).getByTestId('node-parameters').filter({ visible: true });
    await params.getByTestId(tab === 'params' ? 'parameter-input-resource' : 'parameter-input-alwaysOutputData').filter({ visible: true }).waitFor();
    for (const add of await params.getByTestId('collection-parameter-add').filter({ visible: true }).all()) {
      const item = add.locator('xpath=ancestor::*[@data-test-id="parameter-item"][1]');
      const label = oneLine(await item.getByTestId('input-label').first().innerText()).replace(/ Fixed ?Expression$/, '');
      if (!/options$/i.test(label)) continue;
      await add.click();
      const list = await openedList(page, add);
      const options = (await list.locator('[role="option"]').allInnerTexts()).map(oneLine);
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'hidden' });
      found.push({ tab, label, options });
    }
  }
  await ndv(page).getByTestId('tab-params').click();
  return found;
}

/* ------------------------------------------------------------------------------------------------
 * Running a step, and what the editor shows
 * ---------------------------------------------------------------------------------------------- */

const toastLocator = (page) => page.locator('.el-notification');

/** The texts of the toasts shown now. */
async function toastTexts(page) {
  return (await toastLocator(page).allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/** Closes every toast and waits until none is left. */
async function closeToasts(page) {
  await waitUntil('toasts did not close', async () => {
    const buttons = await page.locator('.el-notification .el-notification__closeBtn').all();
    for (const b of buttons) await b.click({ timeout: 2000 }).catch(() => {});
    return (await toastLocator(page).count()) === 0;
  });
}

/**
 * Clicks "Execute step" in the open panel and waits for the outcome: 'success' (the output panel
 * has data), 'error' (the node failed: its error is in the output panel), or 'refused' (n8n did
 * not start the run). Resolves { outcome, toast } with the text of the toast the run brought.
 */
async function executeStep(page) {
  await closeToasts(page);
  await ndv(page).getByTestId('node-execute-button').click();
  const toast = toastLocator(page).first();
  await toast.waitFor();
  const text = (await toast.innerText()).trim();
  if (/execution cannot start|Workflow has issues/i.test(text)) return { outcome: 'refused', toast: text };
  const output = ndv(page).getByTestId('output-panel');
  const success = output.getByTestId('node-run-status-success');
  const error = output.getByTestId('node-error-message');
  await success.or(error).first().waitFor();
  return { outcome: (await error.count()) ? 'error' : 'success', toast: text };
}

/** The output panel's data as JSON text, on one line (it switches the panel to JSON). */
async function outputJson(page) {
  const output = ndv(page).getByTestId('output-panel');
  await output.getByTestId('radio-button-json').click();
  await waitUntil('the output panel shows no JSON', async () => /^\s*\[/.test(await output.getByTestId('ndv-data-container').innerText()));
  return oneLine(await output.getByTestId('ndv-data-container').innerText());
}

/** The node error in the output panel: { message, description }. */
async function nodeError(page) {
  const output = ndv(page).getByTestId('output-panel');
  const message = oneLine(await output.getByTestId('node-error-message').innerText());
  const description = (await output.getByTestId('node-error-description').count())
    ? oneLine(await output.getByTestId('node-error-description').innerText())
    : '';
  return { message, description };
}

/** The input panel's text, on one line. */
async function inputPanelText(page) {
  return oneLine(await ndv(page).getByTestId('ndv-input-panel').innerText());
}

/** How many times `needle` occurs in `text`. */
function occurrences(text, needle) {
  let n = 0;
  for (let i = String(text).indexOf(needle); i !== -1; i = String(text).indexOf(needle, i + needle.length)) n++;
  return n;
}

function escapeRegExp(s) {
  return String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the one-line JSON text has "key": value for every entry of `fields`; resolves the missing ones. */
function missingJsonFields(jsonText, fields) {
  return Object.entries(fields)
    .filter(([k, v]) => !jsonText.includes(`"${k}": ${JSON.stringify(v)}`))
    .map(([k, v]) => `"${k}": ${JSON.stringify(v)}`);
}

/* ------------------------------------------------------------------------------------------------
 * The canvas: running a whole workflow
 * ---------------------------------------------------------------------------------------------- */

/**
 * Clicks "Execute workflow" on the canvas. A workflow that starts with a webhook then listens for a
 * test event: resolves once n8n listens (or once the run started, for other triggers).
 */
async function executeWorkflow(page) {
  await page.getByTestId('execute-workflow-button').click();
  await page.getByTestId('stop-execution-waiting-for-webhook-button').or(page.getByTestId('stop-execution-button')).first().waitFor();
}

/** Waits until each of the nodes (by name) shows its success mark on the canvas. */
async function waitForCanvasSuccess(page, nodeNames) {
  for (const name of nodeNames) {
    await page.getByTestId('canvas-node').filter({ hasText: name }).first().getByTestId('canvas-node-status-success').waitFor();
  }
}

/** Zooms the canvas so that the whole workflow shows. */
async function zoomToFit(page) {
  await page.getByTestId('zoom-to-fit').click();
}

/* ------------------------------------------------------------------------------------------------
 * Credentials: a new credential's form (nothing is saved or tested)
 * ---------------------------------------------------------------------------------------------- */

/** The open dialog (a credential's form). */
const dialog = (page) => page.locator('.el-dialog:visible').first();

/** Starts a new credential from the credentials page: types `search`, picks `typeName`, Continue; resolves when its form shows. */
async function newCredential(page, editorUrl, search, typeName) {
  await page.goto(`${editorUrl}/home/credentials/create`);
  await dialog(page).locator('input').first().waitFor();
  await page.keyboard.type(search);
  await page.getByText(typeName, { exact: true }).click(); // in the list under the search field
  await dialog(page).getByRole('button', { name: 'Continue' }).click();
  await dialog(page).getByTestId('credential-connection-parameter').first().waitFor();
}

/** A field of the open credential form, by parameter name. */
const credentialField = (page, name) => dialog(page).getByTestId(name);

/** Fills a string field of the open credential form. */
async function fillCredentialField(page, name, value) {
  await credentialField(page, name).locator('input').first().fill(value);
}

/** Opens the dropdown of an options field of the open credential form and resolves its list. */
async function openCredentialOptions(page, name) {
  const select = credentialField(page, name);
  await select.locator('input').first().click();
  return openedList(page, select);
}

/** Chooses `option` (its shown name) in an options field of the open credential form. */
async function chooseCredentialOption(page, name, option) {
  const list = await openCredentialOptions(page, name);
  await list.locator('[role="option"]').filter({ has: page.getByText(option, { exact: true }) }).first().click();
  const input = credentialField(page, name).locator('input').first();
  await waitUntil(`"${option}" was not chosen`, async () => (await input.inputValue()) === option);
}

/* ------------------------------------------------------------------------------------------------
 * Screenshots (docs/images): what the editor shows, cut to a panel
 * ---------------------------------------------------------------------------------------------- */

/** The texts of the error toasts shown now. */
async function errorToastTexts(page) {
  return (await toastLocator(page).filter({ has: page.locator('.el-notification--error') }).allInnerTexts()).map(oneLine);
}

/**
 * Makes the viewport tall enough for the whole form of the open node panel (so that nothing is cut
 * off by its scrolling) and resolves the rectangle of its parameters column (tabs and form).
 */
async function fitParameters(page) {
  const params = ndv(page).getByTestId('node-parameters').filter({ visible: true });
  const extra = await params.evaluate((e) => e.scrollHeight - e.clientHeight);
  if (extra > 0) {
    const { width, height } = page.viewportSize();
    await page.setViewportSize({ width, height: Math.min(Math.ceil(height + extra + 40), 2000) });
    await waitUntil('the form still scrolls', () => params.evaluate((e) => e.scrollHeight <= e.clientHeight + 1));
  }
  const column = params.locator('xpath=ancestor::*[.//*[@data-test-id="tab-params"]][1]');
  const box = await column.boundingBox();
  const panel = await ndv(page).boundingBox();
  return { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, panel.y + panel.height - box.y) };
}

/**
 * Lets the open credential dialog grow to its whole form (it scrolls inside at 750 px otherwise),
 * `room` px more below it, and makes the viewport tall enough for all of it.
 */
async function fitCredentialDialog(page, { room = 0 } = {}) {
  await page.addStyleTag({
    content: [
      '.el-dialog[class*="_credentialModal_"] { max-height: none !important; height: auto !important; }',
      '.el-dialog[class*="_credentialModal_"] [class*="_mainContent_"] { height: auto !important; max-height: none !important; overflow: visible !important; }',
      room ? `.el-dialog[class*="_credentialModal_"] [class*="_mainContent_"] { padding-bottom: ${room}px !important; }` : '',
    ].join('\n'),
  });
  await settle(page);
  const { width, height } = page.viewportSize();
  const box = await dialog(page).boundingBox();
  const over = Math.max(0, -box.y) + Math.max(0, box.y + box.height - height);
  if (over > 0) {
    await page.setViewportSize({ width, height: Math.min(Math.ceil(height + over + 80), 2000) });
    await waitUntil('the dialog does not fit', async () => {
      const b = await dialog(page).boundingBox();
      return b.y >= 0 && b.y + b.height <= page.viewportSize().height;
    });
    await settle(page);
  }
}

/** Waits until the page runs no finite animation (transitions of panels, lists, toasts). */
async function settle(page) {
  await waitUntil('the page kept animating', () =>
    page.evaluate(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity)),
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Saves a PNG of the page at `file`, the toasts closed and the mouse out of the way (or on `hover`).
 * `clip`: a locator, a rectangle, or a list of them: the box around all of them, `pad` px more,
 * cut to the viewport; left out: the viewport.
 */
async function screenshot(page, file, { clip, pad = 0, hover } = {}) {
  await closeToasts(page);
  const view = page.viewportSize();
  if (hover) await hover.hover();
  else await page.mouse.move(2, view.height - 2);
  await settle(page);
  let rect;
  if (clip) {
    const boxes = await Promise.all([].concat(clip).map((c) => (typeof c.boundingBox === 'function' ? c.boundingBox() : c)));
    if (boxes.some((b) => !b)) throw new Error('screenshot: a part to show is not on the page');
    const x = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.x)) - pad));
    const y = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.y)) - pad));
    const right = Math.min(view.width, Math.ceil(Math.max(...boxes.map((b) => b.x + b.width)) + pad));
    const bottom = Math.min(view.height, Math.ceil(Math.max(...boxes.map((b) => b.y + b.height)) + pad));
    rect = { x, y, width: right - x, height: bottom - y };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, ...(rect ? { clip: rect } : {}), animations: 'disabled' });
  return file;
}

/* ------------------------------------------------------------------------------------------------
 * The first hour: one flow per provider, on the sandbox data (test/emulators/sandbox/)
 * ---------------------------------------------------------------------------------------------- */

function firstHourFlows() {
  const { ZOHO_SANDBOX_IDS: Z, JFW_IDS, HYPERAZE_IDS, HYPERAZE_LICENSE_KEYS: K, HYPERAZE_BOUND_HWID } = require('../emulators');
  return {
    zoho: {
      node: 'Zoho Billing',
      action: 'Get a subscription',
      resource: 'Subscription',
      operation: 'Get',
      picker: 'subscriptionId',
      pick: 'Bowman Furniture – Pro (dunning)',
      output: { subscription_id: Z.subscriptionBowmanDunning, customer_name: 'Bowman Furniture', status: 'dunning', reference_id: 'BOW-PRO' },
      // a subscription that does not exist: Zoho's own words and code
      missingId: '903000009029999',
      missingError: { words: 'Subscription does not exist.', code: 'Zoho code 1002' },
      // a bad ID typed By ID (the customer picker: the same name is also in other operations' filters)
      badId: { action: 'Get a customer', resource: 'Customer', operation: 'Get', picker: 'customerId', pick: /^Bowman Furniture\b/, field: 'Customer', id: 'CUST-42' },
    },
    jframework: {
      node: 'JFramework',
      action: 'Get a license',
      resource: 'License',
      operation: 'Get',
      picker: 'licenseId',
      pick: 'BASIC-AAAA-BBBB-CCCC (Active)',
      output: { id: JFW_IDS.licenseActive, code: 'BASIC-AAAA-BBBB-CCCC', status: 'Active', packageId: JFW_IDS.pkgBasic },
      missingId: 'Lcnotthere0000',
      missingError: { words: 'The license was not found.', code: 'LicenseNotFound' },
    },
    hyperaze: {
      node: 'Hyperaze',
      action: 'Get a membership',
      resource: 'Membership',
      operation: 'Get',
      picker: 'membershipId',
      pick: `${K.active} – ada@example.com (active)`,
      output: { license_key: K.active, status: 'active', product_id: HYPERAZE_IDS.productDemo },
      // Validate License Key, On Invalid Key = Fail, the bound key on another device
      validate: {
        operation: 'Validate License Key',
        licenseKey: K.bound,
        product: /^Demo App\b(?! Pro)/,
        hwid: `${HYPERAZE_BOUND_HWID}-OTHER`,
        words: 'The license key is bound to another device.',
        code: 'device_mismatch',
      },
    },
  };
}

module.exports = {
  CHROMIUM,
  CHROMIUM_FLAGS,
  VIEWPORT,
  STEP_TIMEOUT_MS,
  launchBrowser,
  step,
  waitUntil,
  oneLine,
  signIn,
  openWorkflow,
  openNode,
  newWorkflow,
  addNode,
  ndv,
  closeNdv,
  openedList,
  listPanel,
  scrollListToTop,
  openOptions,
  optionList,
  chooseOption,
  fillParameter,
  pickerMode,
  listRecords,
  recordList,
  recordItem,
  pickFromList,
  enterId,
  addCollectionEntry,
  optionCollections,
  toastTexts,
  closeToasts,
  executeStep,
  outputJson,
  nodeError,
  inputPanelText,
  occurrences,
  missingJsonFields,
  executeWorkflow,
  waitForCanvasSuccess,
  zoomToFit,
  dialog,
  newCredential,
  credentialField,
  fillCredentialField,
  openCredentialOptions,
  chooseCredentialOption,
  errorToastTexts,
  fitParameters,
  fitCredentialDialog,
  settle,
  screenshot,
  firstHourFlows,
};

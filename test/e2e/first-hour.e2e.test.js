'use strict';
// A new user's first hour, in a real browser: headless Chromium (/usr/bin/chromium, driven by
// playwright-core) in a real n8n 2.40.7 with this package, against the sandbox of `npm run dev`
// (scripts/dev.js startSandbox: the three emulators with their sandbox data, the credentials, the
// examples). For each of the three nodes: a new workflow, the node added from the node panel, its
// resource and operation chosen, a record picked from its list, "Execute step", the record read in
// the output panel, then an error provoked and its message read: the provider's words, shown once.
// Also: a bad Zoho ID typed "By ID" gives one error that names the field (and the run starts, so the
// input panel keeps the trigger's data); Hyperaze's Validate License Key in Fail mode, on another
// device, speaks of the key and the device; each node's options sit in one "Request Options"
// collection with n8n's Timeout and our Max Wait on Rate Limit; the Operation dropdowns show short
// descriptions. The steps and flows are shared with scripts/screenshots.js (test/e2e/editor.js).

const { ensureN8n } = require('./n8n');
const { startSandbox } = require('../../scripts/dev');
const editor = require('./editor');

jest.setTimeout(10 * 60_000);

const { step } = editor;
const FLOWS = editor.firstHourFlows();
/** The longest Operation description that still reads as one short line in the dropdown. */
const MAX_DESCRIPTION = 100;

describe("a new user's first hour in the editor (n8n 2.40.7, Chromium)", () => {
  let sandbox;
  let browser;
  let page;
  /** provider -> the Operation dropdown's options of the flow's resource, as read during its flow */
  const operationOptions = {};

  beforeAll(async () => {
    ensureN8n();
    sandbox = await startSandbox();
    browser = await editor.launchBrowser();
    page = browser.page;
    await step('sign in', () => editor.signIn(page, sandbox.editorUrl, sandbox.owner));
  }, 10 * 60_000);

  afterAll(async () => {
    if (browser) await browser.close();
    if (sandbox) await sandbox.stop();
  });

  /**
   * A new workflow, the node added from the node panel by an action, then its resource and operation
   * chosen in the node's panel (the flow's, or those of `other`: { action, resource, operation }).
   */
  async function startFlow(key, other) {
    const flow = FLOWS[key];
    const { action, resource, operation } = other || flow;
    await step('new workflow with a manual trigger', () => editor.newWorkflow(page, sandbox.editorUrl));
    await step(`add ${flow.node} → "${action}" from the node panel`, () => editor.addNode(page, flow.node, action));
    await step(`choose Resource "${resource}"`, () => editor.chooseOption(page, 'resource', resource));
    const options = await step('read the Operation dropdown', () => editor.optionList(page, 'operation'));
    if (!other) operationOptions[key] = options;
    await step(`choose Operation "${operation}"`, () => editor.chooseOption(page, 'operation', operation));
    return flow;
  }

  /** Picks the flow's record from its list, runs the step, and checks the record in the output panel. */
  async function pickAndRun(flow) {
    await step(`pick "${flow.pick}" from the ${flow.picker} list`, () => editor.pickFromList(page, flow.picker, flow.pick));
    const run = await step('Execute step', () => editor.executeStep(page));
    if (run.outcome !== 'success') {
      const error = run.outcome === 'error' ? (await editor.nodeError(page)).message : run.toast;
      throw new Error(`Execute step on "${flow.pick}" did not succeed (${run.outcome}): ${error}`);
    }
    const json = await step('read the output panel as JSON', () => editor.outputJson(page));
    const missing = editor.missingJsonFields(json, flow.output);
    if (missing.length) throw new Error(`the output panel lacks ${missing.join(', ')}; it shows: ${json.slice(0, 800)}`);
  }

  /** Runs the step, expects a node error with `words` (and `code`), shown once in the panel and once in the toast. */
  async function expectProviderError(what, { words, code }) {
    const run = await step(`Execute step (${what})`, () => editor.executeStep(page));
    if (run.outcome !== 'error') throw new Error(`${what}: expected the node to fail with "${words}", got ${run.outcome}: ${run.toast}`);
    const { message, description } = await editor.nodeError(page);
    const shown = `${message} ${description}`;
    expect({ what, inPanel: editor.occurrences(shown, words), code: shown.includes(code) }).toEqual({ what, inPanel: 1, code: true });
    const toasts = (await editor.toastTexts(page)).join('\n');
    expect({ what, inToasts: editor.occurrences(toasts, words) }).toEqual({ what, inToasts: 1 });
    return { message, description, toasts };
  }

  /** One "…Options" collection in the node, holding n8n's Timeout and our Max Wait on Rate Limit. */
  async function expectOneRequestOptions(node) {
    const collections = await step(`read ${node}'s option collections`, () => editor.optionCollections(page));
    expect({ node, collections: collections.map((c) => c.label) }).toEqual({ node, collections: ['Request Options'] });
    const [{ options }] = collections;
    expect({ node, timeout: options.includes('Timeout'), maxWait: options.includes('Max Wait on Rate Limit (Seconds)') }).toEqual({ node, timeout: true, maxWait: true });
  }

  test('Zoho Billing: Subscription → Get, picked from the list, run, read; a subscription that does not exist', async () => {
    const flow = await startFlow('zoho');
    await pickAndRun(flow);
    await step(`enter ${flow.missingId} By ID`, () => editor.enterId(page, flow.picker, flow.missingId));
    await expectProviderError('a subscription that does not exist', flow.missingError);
    await expectOneRequestOptions(flow.node);
  });

  test('Zoho Billing: a bad ID typed By ID stops the node with one error naming the field, and the run starts', async () => {
    const flow = FLOWS.zoho;
    const bad = flow.badId;
    await startFlow('zoho', bad);
    await step(`pick ${bad.pick} from the ${bad.picker} list`, () => editor.pickFromList(page, bad.picker, bad.pick));
    const first = await step('Execute step (a good customer)', () => editor.executeStep(page));
    expect({ outcome: first.outcome, toast: first.toast }).toEqual({ outcome: 'success', toast: expect.any(String) });
    await step(`enter "${bad.id}" By ID`, () => editor.enterId(page, bad.picker, bad.id));
    const run = await step('Execute step (a bad ID)', () => editor.executeStep(page));
    if (run.outcome === 'refused') {
      throw new Error(`n8n refused to start the run instead of the node stopping with an error that names the field "${bad.field}"; the toast says:\n${run.toast}`);
    }
    expect(run.outcome).toBe('error');
    const { message } = await editor.nodeError(page);
    expect(message).toContain(`${bad.field}: "${bad.id}"`);
    const toasts = (await editor.toastTexts(page)).join('\n');
    expect({ inToasts: editor.occurrences(toasts, `"${bad.id}"`), inPanel: editor.occurrences(message, `"${bad.id}"`) }).toEqual({ inToasts: 1, inPanel: 1 });
    // the run started: the input panel still shows what the trigger put out
    const input = await editor.inputPanelText(page);
    expect({ emptied: /No input data/.test(input) }).toEqual({ emptied: false });
  });

  test('JFramework: License → Get, picked from the list, run, read; a license that does not exist', async () => {
    const flow = await startFlow('jframework');
    await pickAndRun(flow);
    await step(`enter ${flow.missingId} By ID`, () => editor.enterId(page, flow.picker, flow.missingId));
    await expectProviderError('a license that does not exist', flow.missingError);
    await expectOneRequestOptions(flow.node);
  });

  test('Hyperaze: Membership → Get, picked from the list, run, read; Validate License Key (Fail) on another device', async () => {
    const flow = await startFlow('hyperaze');
    await pickAndRun(flow);
    const v = flow.validate;
    await step(`choose Operation "${v.operation}"`, () => editor.chooseOption(page, 'operation', v.operation));
    await step('fill License Key', () => editor.fillParameter(page, 'licenseKey', v.licenseKey));
    await step(`pick ${v.product} from the productId list`, () => editor.pickFromList(page, 'productId', v.product));
    await step('add Metadata hwid', async () => {
      const metadata = await editor.addCollectionEntry(page, 'metadata');
      await editor.fillParameter(page, 'key', 'hwid', { within: metadata });
      await editor.fillParameter(page, 'value', v.hwid, { within: metadata });
    });
    await step('choose On Invalid Key "Fail"', () => editor.chooseOption(page, 'onInvalid', 'Fail'));
    const { message, description } = await expectProviderError('a key bound to another device', v);
    // about the key and the device, not about the credential's API key
    expect(`${message} ${description}`).not.toMatch(/api key|credential/i);
    expect(`${message} ${description}`).toMatch(/device/i);
    await expectOneRequestOptions(flow.node);
  });

  test(`the Operation dropdowns show short descriptions (at most ${MAX_DESCRIPTION} characters)`, () => {
    const notRead = Object.keys(FLOWS).filter((k) => !operationOptions[k]);
    if (notRead.length) throw new Error(`not checked: the flow of ${notRead.join(', ')} failed before its Operation dropdown was read`);
    const long = Object.entries(operationOptions).flatMap(([key, options]) =>
      options
        .filter((o) => o.description.length > MAX_DESCRIPTION)
        .map((o) => `${FLOWS[key].node} → ${FLOWS[key].resource} → ${o.name} (${o.description.length}): ${o.description}`),
    );
    expect(long).toEqual([]);
  });
});

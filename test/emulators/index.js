'use strict';
/*
 * In-memory provider emulators for tests (never shipped).
 *
 *   const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator } = require('./test/emulators');
 *   const zoho = await startZohoEmulator();   // zoho.url, zoho.apiBaseUrl, zoho.close() ...
 */

const common = require('./common');
const zoho = require('./zoho');
const jframework = require('./jframework');
const hyperaze = require('./hyperaze');
const zohoSandbox = require('./sandbox/zoho');
const jframeworkSandbox = require('./sandbox/jframework');
const hyperazeSandbox = require('./sandbox/hyperaze');

/**
 * Starts all three; options: { zoho: {...}, jframework: {...}, hyperaze: {...} }, and
 * `sandbox: true` for the sandbox data in all three (sandbox/*.js).
 */
async function startAllEmulators(options = {}) {
  const started = {};
  const common = options.sandbox ? { sandbox: true } : {};
  try {
    started.zoho = await zoho.startZohoEmulator({ ...common, ...(options.zoho || {}) });
    started.jframework = await jframework.startJFrameworkEmulator({ ...common, ...(options.jframework || {}) });
    started.hyperaze = await hyperaze.startHyperazeEmulator({ ...common, ...(options.hyperaze || {}) });
  } catch (err) {
    await Promise.all(Object.values(started).map((e) => e.close()));
    throw err;
  }
  return {
    ...started,
    reset() {
      for (const e of Object.values(started)) e.reset();
    },
    async close() {
      await Promise.all(Object.values(started).map((e) => e.close()));
    },
  };
}

module.exports = {
  startZohoEmulator: zoho.startZohoEmulator,
  startJFrameworkEmulator: jframework.startJFrameworkEmulator,
  startHyperazeEmulator: hyperaze.startHyperazeEmulator,
  startAllEmulators,
  ZOHO_DEFAULTS: zoho.ZOHO_DEFAULTS,
  JFW_DEFAULTS: jframework.JFW_DEFAULTS,
  JFW_IDS: jframework.JFW_IDS,
  HYPERAZE_DEFAULTS: hyperaze.HYPERAZE_DEFAULTS,
  HYPERAZE_IDS: hyperaze.HYPERAZE_IDS,
  HYPERAZE_LICENSE_KEYS: hyperaze.HYPERAZE_LICENSE_KEYS,
  HYPERAZE_BOUND_HWID: hyperaze.HYPERAZE_BOUND_HWID,
  // sandbox data (start option `sandbox: true`)
  ZOHO_SANDBOX_IDS: zohoSandbox.ZOHO_SANDBOX_IDS,
  ZOHO_RECENT_SUBSCRIPTIONS: zohoSandbox.RECENT_SUBSCRIPTIONS,
  JFW_SANDBOX_IDS: jframeworkSandbox.JFW_SANDBOX_IDS,
  JFW_SANDBOX_LICENSES: jframeworkSandbox.JFW_SANDBOX_LICENSES,
  HYPERAZE_SANDBOX_IDS: hyperazeSandbox.HYPERAZE_SANDBOX_IDS,
  HYPERAZE_SANDBOX_KEYS: hyperazeSandbox.HYPERAZE_SANDBOX_KEYS,
  zohoTime: zoho.zohoTime,
  // generic building blocks for new emulators/endpoints
  Router: common.Router,
  Collection: common.Collection,
  HttpError: common.HttpError,
  createEmulator: common.createEmulator,
};

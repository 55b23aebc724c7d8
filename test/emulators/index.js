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

/** Starts all three; options: { zoho: {...}, jframework: {...}, hyperaze: {...} }. */
async function startAllEmulators(options = {}) {
  const started = {};
  try {
    started.zoho = await zoho.startZohoEmulator(options.zoho || {});
    started.jframework = await jframework.startJFrameworkEmulator(options.jframework || {});
    started.hyperaze = await hyperaze.startHyperazeEmulator(options.hyperaze || {});
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
  zohoTime: zoho.zohoTime,
  // generic building blocks for new emulators/endpoints
  Router: common.Router,
  Collection: common.Collection,
  HttpError: common.HttpError,
  createEmulator: common.createEmulator,
};

'use strict';
/**
 * Zoho Billing Settings (read-only): taxes, tax exemptions and tax authorities (paged lists; the
 * `settingtaxes`, `settingtaxexemptions` and `settingtaxauthorities` collections, empty until a
 * test seeds them) and the churn message preferences (a fixed set of cancellation reasons).
 * Organizations (/organizations) are served by ../zoho.js.
 */

const settingModules = [
  {
    collection: 'settingtaxes',
    idField: 'tax_id',
    fields: ['tax_name', 'tax_percentage', 'tax_type'],
    defaults: { tax_type: 'tax', tax_percentage: 10, is_default_tax: false, is_editable: true, tax_authority_id: '', tax_authority_name: '' },
    sample: (i) => ({ tax_name: `Tax ${String(i + 1).padStart(4, '0')}`, tax_percentage: (i % 20) + 1 }),
  },
  {
    collection: 'settingtaxexemptions',
    idField: 'tax_exemption_id',
    fields: ['tax_exemption_code', 'description', 'type'],
    defaults: { type: 'customer' },
    sample: (i) => ({ tax_exemption_code: `EXEMPT-${i + 1}`, description: `Exemption ${i + 1}` }),
  },
  {
    collection: 'settingtaxauthorities',
    idField: 'tax_authority_id',
    fields: ['tax_authority_name', 'description'],
    defaults: {},
    sample: (i) => ({ tax_authority_name: `Authority ${i + 1}`, description: `Tax authority ${i + 1}` }),
  },
].map((m) => ({
  ...m,
  path: `settings/${m.collection}`,
  singular: m.collection,
  plural: m.collection,
  reportName: m.collection,
  required: [],
  generic: false,
  messages: {},
  notFound: { code: 1002, message: 'Does not exist.' },
}));

const CHURN_MESSAGES_SETTINGS = {
  is_advanced_version: true,
  is_reason_mandatory: true,
  churn_messages: [
    { churn_message_id: '903000000062001', label: "Doesn't meet my needs", index: 0 },
    { churn_message_id: '903000000062003', label: 'Too expensive', index: 1 },
    { churn_message_id: '903000000062005', label: 'Switching to another product', index: 2 },
  ],
};

/** Records as Zoho lists them (without the emulator's created/updated times). */
const strip = (rec) => {
  const { created_time, updated_time, ...rest } = rec;
  void created_time;
  void updated_time;
  return rest;
};

function routes(router, kit) {
  const list = (path, collection, plural, reportName) =>
    router.get(`${kit.API}/settings/${path}`, (ctx) =>
      kit.listResponse(ctx, ctx.state[collection].all().map(strip), { plural, reportName }),
    );
  list('taxes', 'settingtaxes', 'taxes', 'Taxes');
  list('taxexemptions', 'settingtaxexemptions', 'tax_exemptions', 'Tax Exemptions');
  list('taxauthorities', 'settingtaxauthorities', 'tax_authorities', 'Tax Authorities');
  router.get(`${kit.API}/settings/preferences/churnmessages`, () =>
    kit.ok({ churn_messages_settings: kit.clone(CHURN_MESSAGES_SETTINGS) }),
  );
}

module.exports = { modules: settingModules, routes, CHURN_MESSAGES_SETTINGS };

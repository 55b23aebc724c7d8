'use strict';
/**
 * Zoho Billing Plans (keyed by plan_code): list (PlanStatus filter, product_id), create, retrieve,
 * update, delete, mark as active / inactive. Create and update check what Zoho checks: the
 * product exists, the price is 0 or more, the interval is a whole number, the interval unit is
 * months or years. A failed update changes nothing.
 */
const { HttpError, randomHex } = require('../common');

const fail = (status, code, message) => new HttpError({ status, body: { code, message } });
const invalid = (field) => fail(400, 2, `Invalid value passed for ${field}`);

const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isWhole = (v, min) => Number.isInteger(v) && v >= min;

function validate(body, ctx, isUpdate) {
  if (!isUpdate || body.product_id !== undefined) {
    if (!ctx.state.products.has(body.product_id)) throw invalid('product_id');
  }
  if (body.recurring_price !== undefined && !(isNumber(body.recurring_price) && body.recurring_price >= 0)) throw invalid('recurring_price');
  if (body.interval !== undefined && !isWhole(body.interval, 1)) throw invalid('interval');
  if (body.interval_unit !== undefined && !['months', 'years'].includes(body.interval_unit)) throw invalid('interval_unit');
  if (body.billing_cycles !== undefined && !(body.billing_cycles === -1 || isWhole(body.billing_cycles, 1))) throw invalid('billing_cycles');
  if (body.trial_period !== undefined && !isWhole(body.trial_period, 0)) throw invalid('trial_period');
  if (body.setup_fee !== undefined && !(isNumber(body.setup_fee) && body.setup_fee >= 0)) throw invalid('setup_fee');
  if (body.addons !== undefined) {
    if (!Array.isArray(body.addons)) throw invalid('addons');
    for (const a of body.addons) if (!a || !ctx.state.addons.has(a.addon_code)) throw invalid('addons');
  }
}

/** Zoho returns the associated add-ons as [{ addon_code, name }]. */
function withAddonNames(body, ctx) {
  if (!Array.isArray(body.addons)) return undefined;
  return body.addons.map((a) => ({ addon_code: a.addon_code, name: ctx.state.addons.get(a.addon_code).name }));
}

const plans = {
  collection: 'plans',
  path: 'plans',
  idField: 'plan_code',
  idFromBody: true,
  singular: 'plan',
  plural: 'plans',
  reportName: 'Plans',
  generic: false, // registered in routes(), after the validating update
  fields: [
    'name', 'description', 'store_markup_description', 'product_id', 'recurring_price', 'unit', 'interval', 'interval_unit',
    'billing_cycles', 'trial_period', 'setup_fee', 'setup_fee_account_id', 'can_charge_setup_fee_immediately', 'tax_id',
    'is_taxable', 'tax_exemption_id', 'tax_exemption_code', 'product_type', 'hsn_or_sac', 'sat_item_key_code', 'unitkey_code',
    'item_tax_preferences', 'tags', 'custom_fields', 'addons',
  ],
  required: ['plan_code', 'name', 'recurring_price', 'interval', 'product_id'],
  updateRequired: ['name'],
  defaults: {
    description: '',
    interval_unit: 'months',
    billing_cycles: -1,
    trial_period: 0,
    setup_fee: 0,
    status: 'active',
    addons: [],
  },
  statusFilter: {
    prefix: 'PlanStatus',
    values: {
      All: null,
      ACTIVE: (r) => r.status === 'active',
      INACTIVE: (r) => r.status === 'inactive',
    },
  },
  queryFilters: ['product_id'],
  messages: {
    created: 'The plan has been created.',
    updated: 'The plan details has been updated.',
    deleted: 'The plan has been deleted.',
  },
  notFound: { code: 1002, message: 'Plan does not exist.' },
  actions: [
    { path: 'markasactive', set: { status: 'active' }, message: 'The plan has been marked as active.' },
    { path: 'markasinactive', set: { status: 'inactive' }, message: 'The plan has been marked as inactive.' },
  ],
  onCreate(rec, body, ctx) {
    validate(body, ctx, false);
    const addons = withAddonNames(body, ctx);
    return {
      ...rec,
      ...(addons ? { addons } : {}),
      url: `https://billing.zoho.com/subscribe/${randomHex(32)}/${encodeURIComponent(rec.plan_code)}`,
    };
  },
  sample: (i) => ({
    plan_code: `plan-${String(i + 1).padStart(4, '0')}`,
    name: `Plan ${String(i + 1).padStart(4, '0')}`,
    product_id: '903000000045027',
    recurring_price: 10 + i,
    interval: 1,
  }),
};

module.exports = {
  modules: [plans],
  routes(router, kit) {
    router.put(`${kit.API}/plans/:id`, (ctx) => {
      const rec = kit.findOr404(ctx, plans);
      const body = kit.bodyObject(ctx);
      kit.checkRequired(body, plans.updateRequired);
      validate(body, ctx, true);
      const addons = withAddonNames(body, ctx);
      Object.assign(rec, kit.pickFields(body, plans.fields), addons ? { addons } : {}, { updated_time: kit.zohoTime() });
      return kit.ok({ plan: kit.clone(rec) }, plans.messages.updated);
    });
    kit.registerModule(router, plans);
  },
};

'use strict';
/**
 * Zoho Billing Add-ons (keyed by addon_code): list (AddonStatus filter incl. ONETIME/RECURRING,
 * product_id, plan_code), create, retrieve, update, delete, mark as active / inactive.
 * price_brackets must have the shape of pricing_scheme (unit → [{price}], package →
 * [{end_quantity, price}], tier/volume → [{start_quantity, end_quantity, price}] in ascending
 * ranges), and the add-on applies to all plans or to plans[] of its product. A failed update
 * changes nothing.
 */
const { HttpError, queryValue } = require('../common');

const fail = (status, code, message) => new HttpError({ status, body: { code, message } });
const invalid = (field) => fail(400, 2, `Invalid value passed for ${field}`);

const SCHEMES = ['unit', 'package', 'tier', 'volume'];
const isPrice = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isWhole = (v, min) => Number.isInteger(v) && v >= min;

function checkBrackets(scheme, brackets) {
  if (!Array.isArray(brackets) || brackets.length === 0) throw invalid('price_brackets');
  let previousEnd = 0;
  for (const b of brackets) {
    if (!b || !isPrice(b.price)) throw invalid('price_brackets');
    if (scheme === 'package' && !isWhole(b.end_quantity, 1)) throw invalid('price_brackets');
    if (scheme === 'tier' || scheme === 'volume') {
      if (!isWhole(b.start_quantity, 1) || !isWhole(b.end_quantity, b.start_quantity) || b.start_quantity <= previousEnd) {
        throw invalid('price_brackets');
      }
      previousEnd = b.end_quantity;
    }
  }
  if (scheme === 'unit' && brackets.length !== 1) throw invalid('price_brackets');
}

/** Checks the body and returns the normalised plans list ([{ plan_code, name }]) when one was given. */
function validate(body, ctx, current) {
  const productId = current ? current.product_id : body.product_id;
  if (!current && !ctx.state.products.has(productId)) throw invalid('product_id');
  if (body.pricing_scheme !== undefined && !SCHEMES.includes(body.pricing_scheme)) throw invalid('pricing_scheme');
  const scheme = body.pricing_scheme ?? (current ? current.pricing_scheme : 'unit');
  if (!current || body.price_brackets !== undefined || body.pricing_scheme !== undefined) {
    checkBrackets(scheme, body.price_brackets ?? (current && current.price_brackets));
  }
  if (body.type !== undefined && !['recurring', 'one_time'].includes(body.type)) throw invalid('type');
  if (body.interval_unit !== undefined && !['monthly', 'yearly'].includes(body.interval_unit)) throw invalid('interval_unit');
  const allPlans = body.applicable_to_all_plans ?? (current ? current.applicable_to_all_plans : true);
  if (typeof allPlans !== 'boolean') throw invalid('applicable_to_all_plans');
  if (allPlans) return [];
  const plans = body.plans ?? (current && current.plans);
  if (!Array.isArray(plans) || plans.length === 0) throw invalid('plans');
  return plans.map((p) => {
    const plan = p && ctx.state.plans.get(p.plan_code);
    if (!plan || plan.product_id !== productId) throw invalid('plans');
    return { plan_code: plan.plan_code, name: plan.name };
  });
}

const addons = {
  collection: 'addons',
  path: 'addons',
  idField: 'addon_code',
  idFromBody: true,
  singular: 'addon',
  plural: 'addons',
  reportName: 'Addons',
  generic: false, // registered in routes(), after the filtered list and the validating update
  fields: [
    'name', 'unit_name', 'pricing_scheme', 'price_brackets', 'type', 'interval_unit', 'applicable_to_all_plans', 'product_id',
    'description', 'store_markup_description', 'tax_id', 'tax_exemption_id', 'tax_exemption_code', 'product_type', 'hsn_or_sac',
    'sat_item_key_code', 'unitkey_code', 'item_tax_preferences', 'tags', 'custom_fields',
  ],
  required: ['addon_code', 'name', 'unit_name', 'product_id'],
  updateRequired: ['name'],
  defaults: {
    pricing_scheme: 'unit',
    type: 'recurring',
    interval_unit: 'monthly',
    applicable_to_all_plans: true,
    plans: [],
    description: '',
    status: 'active',
  },
  statusFilter: {
    prefix: 'AddonStatus',
    values: {
      All: null,
      ACTIVE: (r) => r.status === 'active',
      INACTIVE: (r) => r.status === 'inactive',
      ONETIME: (r) => r.type === 'one_time',
      RECURRING: (r) => r.type === 'recurring',
    },
  },
  queryFilters: ['product_id'],
  messages: {
    created: 'The addon has been created',
    updated: 'The addon details have been updated.',
    deleted: 'The addon has been deleted.',
  },
  notFound: { code: 1002, message: 'Addon does not exist.' },
  actions: [
    { path: 'markasactive', set: { status: 'active' }, message: 'The addon has been marked as active.' },
    { path: 'markasinactive', set: { status: 'inactive' }, message: 'The addon has been marked as inactive.' },
  ],
  onCreate(rec, body, ctx) {
    const plans = validate(body, ctx, null);
    if (rec.type === 'one_time') delete rec.interval_unit;
    return { ...rec, plans };
  },
  sample: (i) => ({
    addon_code: `addon-${String(i + 1).padStart(4, '0')}`,
    name: `Addon ${String(i + 1).padStart(4, '0')}`,
    unit_name: 'unit',
    product_id: '903000000045027',
    price_brackets: [{ price: 5 }],
    type: i % 2 ? 'one_time' : 'recurring',
  }),
};

module.exports = {
  modules: [addons],
  routes(router, kit) {
    const base = `${kit.API}/addons`;
    router.get(base, (ctx) => {
      let items = ctx.state.addons.all();
      let applied = 'AddonStatus.All';
      const filterBy = queryValue(ctx.query, 'filter_by');
      if (filterBy !== undefined && filterBy !== '') {
        const [prefix, value] = String(filterBy).split('.');
        const sf = addons.statusFilter;
        if (prefix !== sf.prefix || !Object.prototype.hasOwnProperty.call(sf.values, value)) throw invalid('filter_by');
        applied = filterBy;
        if (sf.values[value]) items = items.filter(sf.values[value]);
      }
      const productId = queryValue(ctx.query, 'product_id');
      if (productId) items = items.filter((a) => a.product_id === String(productId));
      const planCode = queryValue(ctx.query, 'plan_code');
      if (planCode) {
        const plan = ctx.state.plans.get(planCode);
        items = items.filter((a) =>
          a.applicable_to_all_plans ? Boolean(plan && plan.product_id === a.product_id) : a.plans.some((p) => p.plan_code === String(planCode)),
        );
      }
      return kit.listResponse(ctx, items, { plural: 'addons', reportName: addons.reportName, applied });
    });
    router.put(`${base}/:id`, (ctx) => {
      const rec = kit.findOr404(ctx, addons);
      const body = kit.bodyObject(ctx);
      kit.checkRequired(body, addons.updateRequired);
      const plans = validate(body, ctx, rec);
      Object.assign(rec, kit.pickFields(body, addons.fields.filter((f) => f !== 'product_id')), { plans, updated_time: kit.zohoTime() });
      return kit.ok({ addon: kit.clone(rec) }, addons.messages.updated);
    });
    kit.registerModule(router, addons);
  },
};

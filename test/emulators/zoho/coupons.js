'use strict';
/**
 * Zoho Billing Coupons (keyed by coupon_code): list (CouponStatus filter incl. EXPIRED,
 * product_id), create, retrieve, update, delete, mark as active / inactive.
 * Create checks type / duration / discount and the plans and add-ons the coupon applies to;
 * update accepts only what Zoho lets an existing coupon change (name, description,
 * max_redemption, expiry_at).
 */
const { HttpError } = require('../common');

const fail = (status, code, message) => new HttpError({ status, body: { code, message } });
const invalid = (field) => fail(400, 2, `Invalid value passed for ${field}`);

const isWhole = (v, min) => Number.isInteger(v) && v >= min;
const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const today = () => new Date().toISOString().slice(0, 10);
const isExpired = (r) => r.status === 'expired' || Boolean(r.expiry_at && r.expiry_at < today());

function checkEditable(body) {
  if (body.max_redemption !== undefined && !isWhole(body.max_redemption, 1)) throw invalid('max_redemption');
  if (body.expiry_at !== undefined && body.expiry_at !== '' && !isDate(body.expiry_at)) throw invalid('expiry_at');
}

function resolve(list, field, col, codeKey, productId) {
  if (!Array.isArray(list) || list.length === 0) throw invalid(field);
  return list.map((entry) => {
    const rec = entry && col.get(entry[codeKey]);
    if (!rec || rec.product_id !== productId) throw invalid(field);
    return { [codeKey]: rec[codeKey], name: rec.name };
  });
}

const CREATE_ONLY = ['type', 'duration', 'discount_by', 'discount_value', 'product_id', 'apply_to_plans', 'apply_to_addons'];

const coupons = {
  collection: 'coupons',
  path: 'coupons',
  idField: 'coupon_code',
  idFromBody: true,
  singular: 'coupon',
  plural: 'coupons',
  reportName: 'Coupons',
  generic: false, // registered in routes(), after the validating update
  // what an update may change; the create-only fields are taken in onCreate
  fields: ['name', 'description', 'max_redemption', 'expiry_at'],
  required: ['coupon_code', 'name', 'type', 'discount_by', 'discount_value', 'product_id'],
  updateRequired: ['name'],
  defaults: { description: '', status: 'active', redemption_count: 0, apply_to_plans: 'all', apply_to_addons: 'none' },
  statusFilter: {
    prefix: 'CouponStatus',
    values: {
      All: null,
      ACTIVE: (r) => r.status === 'active' && !isExpired(r),
      INACTIVE: (r) => r.status === 'inactive',
      EXPIRED: isExpired,
    },
  },
  queryFilters: ['product_id'],
  messages: {
    created: 'The coupon has been created',
    updated: 'The coupon details have been updated.',
    deleted: 'The coupon has been deleted.',
  },
  notFound: { code: 1002, message: 'Coupon does not exist.' },
  actions: [
    { path: 'markasactive', set: { status: 'active' }, message: 'The coupon has been marked as active.' },
    { path: 'markasinactive', set: { status: 'inactive' }, message: 'The coupon has been marked as inactive.' },
  ],
  onCreate(rec, body, ctx) {
    if (!ctx.state.products.has(body.product_id)) throw invalid('product_id');
    if (!['one_time', 'duration', 'forever'].includes(body.type)) throw invalid('type');
    if (body.type === 'duration' && !isWhole(body.duration, 1)) throw invalid('duration');
    if (!['flat', 'percentage'].includes(body.discount_by)) throw invalid('discount_by');
    const value = body.discount_value;
    if (typeof value !== 'number' || !(value > 0) || (body.discount_by === 'percentage' && value > 100)) throw invalid('discount_value');
    const applyToPlans = body.apply_to_plans ?? 'all';
    if (!['all', 'none', 'select'].includes(applyToPlans)) throw invalid('apply_to_plans');
    const applyToAddons = body.apply_to_addons ?? 'none';
    if (!['all_addons', 'all_recurring', 'all_onetime', 'none', 'select'].includes(applyToAddons)) throw invalid('apply_to_addons');
    checkEditable(body);
    const created = { ...rec };
    for (const f of CREATE_ONLY) if (body[f] !== undefined) created[f] = body[f];
    if (body.type !== 'duration') delete created.duration;
    created.apply_to_plans = applyToPlans;
    created.plans = applyToPlans === 'select' ? resolve(body.plans, 'plans', ctx.state.plans, 'plan_code', body.product_id) : [];
    created.apply_to_addons = applyToAddons;
    created.addons = applyToAddons === 'select' ? resolve(body.addons, 'addons', ctx.state.addons, 'addon_code', body.product_id) : [];
    // key order as in Zoho's coupon object
    const order = ['coupon_code', 'name', 'description', 'type', 'duration', 'status', 'discount_by', 'discount_value', 'product_id',
      'max_redemption', 'redemption_count', 'expiry_at', 'apply_to_plans', 'plans', 'apply_to_addons', 'addons'];
    const ordered = {};
    for (const key of [...order, ...Object.keys(created)]) if (created[key] !== undefined && !(key in ordered)) ordered[key] = created[key];
    return ordered;
  },
  sample: (i) => ({
    coupon_code: `COUPON${String(i + 1).padStart(4, '0')}`,
    name: `Coupon ${String(i + 1).padStart(4, '0')}`,
    type: 'one_time',
    discount_by: 'percentage',
    discount_value: 10,
    product_id: '903000000045027',
  }),
};

module.exports = {
  modules: [coupons],
  routes(router, kit) {
    router.put(`${kit.API}/coupons/:id`, (ctx) => {
      const rec = kit.findOr404(ctx, coupons);
      const body = kit.bodyObject(ctx);
      kit.checkRequired(body, coupons.updateRequired);
      checkEditable(body);
      Object.assign(rec, kit.pickFields(body, coupons.fields), { updated_time: kit.zohoTime() });
      return kit.ok({ coupon: kit.clone(rec) }, coupons.messages.updated);
    });
    kit.registerModule(router, coupons);
  },
};

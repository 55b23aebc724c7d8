'use strict';
/*
 * Hyperaze API emulator: RPC-style /api/v1/{resource}/{action}, Authorization: Bearer <key>,
 * errors as { error, message }.
 *
 * Table-driven parts: RESOURCES -> registerResource() adds `GET /<path>/list` and
 * `GET /<path>/retrieve?id=` for each resource; write actions are plain route handlers.
 * Response shape switches: options.paging ('page-limit' | 'ignore') and options.wrap ({ data }).
 */

const {
  Router,
  Collection,
  HttpError,
  createEmulator,
  randomString,
  clone,
  isPlainObject,
  parseIsoDate,
  queryInt,
  queryValue,
} = require('./common');

const API = '/api/v1';

const HYPERAZE_IDS = Object.freeze({
  productDemo: 'prod_demo00000001',
  productPro: 'prod_pro000000002',
  planMonthly: 'plan_monthly0000001',
  planLifetime: 'plan_lifetime000002',
  planFree: 'plan_free0000000003',
  planPro: 'plan_proyearly00004',
  checkoutDemo: 'chk_demo0000000001',
  membershipActive: 'mem_active00000001',
  membershipBound: 'mem_bound000000002',
  membershipCancelled: 'mem_cancel00000003',
  membershipTerminated: 'mem_termin00000004',
  membershipPro: 'mem_pro00000000005',
  paymentMonthly: 'pay_monthly0000001',
  paymentLifetime: 'pay_lifetime000002',
  paymentRefunded: 'pay_refunded000003',
});

/** License keys of the seeded memberships (HYPERAZE_IDS.membership* in the same order). */
const HYPERAZE_LICENSE_KEYS = Object.freeze({
  active: 'ABCD-EFGH-IJKL-MNOP',
  bound: 'BIND-DEV1-CE00-0002',
  cancelled: 'CANC-ELLE-D000-0003',
  terminated: 'TERM-INAT-ED00-0004',
  pro: 'PROK-EY00-0000-0005',
});

/** The device the seeded "bound" membership is bound to. */
const HYPERAZE_BOUND_HWID = 'DEVICE-ABC-123';

const HYPERAZE_DEFAULTS = Object.freeze({
  apiKey: 'hz-test-key',
  paging: 'page-limit',
  wrap: false,
  ids: HYPERAZE_IDS,
});

const hzErr = (status, error, message, headers) => ({ status, headers, body: { error, message } });
const fail = (status, error, message) => new HttpError(hzErr(status, error, message));
const hzDate = (d = new Date()) => d.toISOString();
const newId = (prefix) => `${prefix}_${randomString(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

/* ------------------------------------------------------------------------------------------------
 * Response helpers
 * ---------------------------------------------------------------------------------------------- */

function okBody(ctx, payload, status = 200) {
  return { status, body: ctx.emu.settings.wrap ? { data: payload } : payload };
}

function listResponse(ctx, items) {
  const mode = ctx.emu.settings.paging;
  if (mode === 'ignore') return okBody(ctx, clone(items));
  const pageRaw = queryValue(ctx.query, 'page');
  const limitRaw = queryValue(ctx.query, 'limit');
  let page = queryInt(pageRaw);
  let limit = queryInt(limitRaw);
  if (page !== undefined && (Number.isNaN(page) || page < 1)) {
    throw fail(400, 'invalid_parameter', 'page must be an integer >= 1.');
  }
  if (limit !== undefined && (Number.isNaN(limit) || limit < 1)) {
    throw fail(400, 'invalid_parameter', 'limit must be an integer >= 1.');
  }
  if (limit === undefined) limit = ctx.emu.settings.defaultLimit;
  if (limit === undefined || limit === null) return okBody(ctx, clone(items)); // no limit: everything
  if (ctx.emu.settings.maxLimit && limit > ctx.emu.settings.maxLimit) limit = ctx.emu.settings.maxLimit;
  if (page === undefined) page = 1;
  const start = (page - 1) * limit;
  return okBody(ctx, clone(items.slice(start, start + limit)));
}

function body(ctx) {
  if (ctx.body === null || ctx.body === undefined || ctx.body === '') return {};
  if (!isPlainObject(ctx.body)) throw fail(400, 'invalid_body', 'The request body must be a JSON object.');
  return ctx.body;
}

/* ------------------------------------------------------------------------------------------------
 * Resource table
 * ---------------------------------------------------------------------------------------------- */

const RESOURCES = [
  { path: 'products', collection: 'products', label: 'Product', filters: [] },
  { path: 'memberships', collection: 'memberships', label: 'Membership', filters: ['product_id', 'plan_id', 'status'] },
  { path: 'payments', collection: 'payments', label: 'Payment', filters: ['membership_id', 'product_id', 'plan_id', 'status'] },
  { path: 'plans', collection: 'plans', label: 'Plan', filters: ['product_id', 'pricing_type', 'currency'] },
  {
    path: 'checkouts',
    collection: 'checkouts',
    label: 'Checkout link',
    filters: ['plan_id', 'product_id'],
    boolFilters: ['active'],
  },
];

function registerResource(router, res) {
  router.get(`${API}/${res.path}/list`, (ctx) => {
    let items = ctx.state[res.collection].all();
    for (const f of res.filters || []) {
      const v = queryValue(ctx.query, f);
      if (v !== undefined && v !== '') items = items.filter((r) => String(r[f]) === String(v));
    }
    for (const f of res.boolFilters || []) {
      const v = queryValue(ctx.query, f);
      if (v === 'true' || v === 'false') items = items.filter((r) => r[f] === (v === 'true'));
    }
    return listResponse(ctx, items);
  });
  router.get(`${API}/${res.path}/retrieve`, (ctx) => {
    const id = queryValue(ctx.query, 'id');
    if (id === undefined || id === '') throw fail(400, 'invalid_parameter', 'id is required.');
    const rec = ctx.state[res.collection].get(id);
    if (!rec) throw fail(404, 'not_found', `${res.label} ${id} was not found.`);
    return okBody(ctx, clone(rec));
  });
}

/* ------------------------------------------------------------------------------------------------
 * Checkout validation (create/update share the rules)
 * ---------------------------------------------------------------------------------------------- */

const STOCK_TYPES = ['Limited', 'Unlimited'];

function validateCheckoutFields(b) {
  if (b.active !== undefined && typeof b.active !== 'boolean') {
    throw fail(400, 'invalid_parameter', 'active must be a boolean.');
  }
  for (const f of ['password', 'release_method']) {
    if (b[f] !== undefined && b[f] !== null && typeof b[f] !== 'string') {
      throw fail(400, 'invalid_parameter', `${f} must be a string.`);
    }
  }
  for (const f of ['start_date', 'end_date']) {
    if (b[f] !== undefined && b[f] !== null && b[f] !== '' && !parseIsoDate(String(b[f]))) {
      throw fail(400, 'invalid_parameter', `${f} must be an ISO 8601 date.`);
    }
  }
  if (b.stock_type !== undefined && !STOCK_TYPES.includes(b.stock_type)) {
    throw fail(400, 'invalid_parameter', 'stock_type must be Limited or Unlimited.');
  }
  if (b.stocks !== undefined && b.stocks !== null && (!Number.isInteger(b.stocks) || b.stocks < 1)) {
    throw fail(400, 'invalid_parameter', 'stocks must be an integer >= 1.');
  }
}

const requireLimitedStocks = (stocks) => {
  if (!Number.isInteger(stocks) || stocks < 1) {
    throw fail(400, 'invalid_parameter', 'stocks is required (integer >= 1) when stock_type is Limited.');
  }
};

/* ------------------------------------------------------------------------------------------------
 * Pricing plans (create/update share the rules of the "Update a plan" page)
 * ---------------------------------------------------------------------------------------------- */

const PLAN_CURRENCIES = ['USD', 'SGD', 'AUD', 'CAD', 'CNY', 'EUR', 'GBP', 'HKD', 'IDR', 'INR', 'JPY', 'KRW', 'MYR', 'NOK', 'THB', 'TWD', 'VND'];
const PRICING_TYPES = ['One-time Fee', 'Subscription', 'Free'];
const PERIOD_UNITS = ['Day', 'Week', 'Month', 'Year'];
/** "must not exceed 1 year": the most of each unit. */
const MAX_PER_UNIT = { Day: 365, Week: 52, Month: 12, Year: 1 };
const PLAN_FIELDS = [
  'product_id',
  'name',
  'price',
  'currency',
  'pricing_type',
  'renewal_period',
  'renewal_period_unit',
  'trial_duration',
  'trial_period_unit',
  'shuffle_key',
  'stocks',
  'password',
  'initial_fee',
];

const given = (v) => v !== undefined && v !== null;
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);

/** Type checks of whatever fields are present. */
function validatePlanFields(ctx, b) {
  if (given(b.product_id)) {
    if (typeof b.product_id !== 'string' || !b.product_id) throw fail(400, 'invalid_parameter', 'product_id must be a string.');
    if (!ctx.state.products.get(b.product_id)) throw fail(400, 'invalid_parameter', `product_id: Product ${b.product_id} does not exist.`);
  }
  if (given(b.name) && (typeof b.name !== 'string' || !b.name.trim())) {
    throw fail(400, 'invalid_parameter', 'name must be a non-empty string.');
  }
  for (const f of ['price', 'initial_fee']) {
    if (given(b[f]) && (!isNum(b[f]) || b[f] < 0)) throw fail(400, 'invalid_parameter', `${f} must be a number >= 0.`);
  }
  if (given(b.currency) && !PLAN_CURRENCIES.includes(b.currency)) {
    throw fail(400, 'invalid_parameter', `currency must be one of ${PLAN_CURRENCIES.join(', ')}.`);
  }
  if (given(b.pricing_type) && !PRICING_TYPES.includes(b.pricing_type)) {
    throw fail(400, 'invalid_parameter', `pricing_type must be one of ${PRICING_TYPES.join(', ')}.`);
  }
  for (const [amount, unit] of [['renewal_period', 'renewal_period_unit'], ['trial_duration', 'trial_period_unit']]) {
    if (given(b[amount]) && (!Number.isInteger(b[amount]) || b[amount] < 1)) {
      throw fail(400, 'invalid_parameter', `${amount} must be an integer >= 1.`);
    }
    if (given(b[unit]) && !PERIOD_UNITS.includes(b[unit])) {
      throw fail(400, 'invalid_parameter', `${unit} must be one of ${PERIOD_UNITS.join(', ')}.`);
    }
  }
  if (given(b.shuffle_key) && typeof b.shuffle_key !== 'boolean') throw fail(400, 'invalid_parameter', 'shuffle_key must be a boolean.');
  if (given(b.stocks) && (!Number.isInteger(b.stocks) || b.stocks < 0)) throw fail(400, 'invalid_parameter', 'stocks must be an integer >= 0.');
  if (given(b.password) && typeof b.password !== 'string') throw fail(400, 'invalid_parameter', 'password must be a string.');
}

/** Rules on the whole plan (after create, or after an update is merged). */
function validatePlanRecord(plan) {
  for (const f of ['product_id', 'name', 'currency', 'pricing_type']) {
    if (!given(plan[f]) || plan[f] === '') throw fail(400, 'invalid_parameter', `${f} is required.`);
  }
  if (!given(plan.price)) throw fail(400, 'invalid_parameter', 'price is required.');
  if (plan.pricing_type === 'Subscription') {
    if (!given(plan.renewal_period) || !given(plan.renewal_period_unit)) {
      throw fail(400, 'invalid_parameter', 'renewal_period and renewal_period_unit are required when pricing_type is Subscription.');
    }
  }
  for (const [amount, unit] of [['renewal_period', 'renewal_period_unit'], ['trial_duration', 'trial_period_unit']]) {
    if (given(plan[amount]) !== given(plan[unit])) {
      throw fail(400, 'invalid_parameter', `${amount} and ${unit} must be given together.`);
    }
    if (given(plan[amount]) && plan[amount] > MAX_PER_UNIT[plan[unit]]) {
      throw fail(400, 'invalid_parameter', `${amount} must not exceed 1 year.`);
    }
  }
}

/* ------------------------------------------------------------------------------------------------
 * Memberships
 * ---------------------------------------------------------------------------------------------- */

const requireId = (b) => {
  if (b.id === undefined || b.id === null || b.id === '') throw fail(400, 'invalid_parameter', 'id is required.');
  if (typeof b.id !== 'string') throw fail(400, 'invalid_parameter', 'id must be a string.');
  return b.id;
};

function membershipOr404(ctx, id) {
  const rec = ctx.state.memberships.get(id);
  if (!rec) throw fail(404, 'not_found', `Membership ${id} was not found.`);
  return rec;
}

/* ------------------------------------------------------------------------------------------------
 * Router
 * ---------------------------------------------------------------------------------------------- */

function buildRouter() {
  const router = new Router();
  for (const res of RESOURCES) registerResource(router, res);

  router.post(`${API}/checkouts/create`, (ctx) => {
    const b = body(ctx);
    if (b.plan_id === undefined || b.plan_id === null || b.plan_id === '') {
      throw fail(400, 'invalid_parameter', 'plan_id is required.');
    }
    const plan = ctx.state.plans.get(b.plan_id);
    if (!plan) throw fail(400, 'invalid_parameter', `Plan ${b.plan_id} does not exist.`);
    validateCheckoutFields(b);
    const stockType = b.stock_type || 'Unlimited';
    if (stockType === 'Limited') requireLimitedStocks(b.stocks);
    const rec = ctx.state.checkouts.insert(
      ctx.emu.build('checkouts', {
        active: b.active === undefined ? true : b.active,
        plan_id: plan.id,
        release_method: b.release_method ?? 'Instant',
        start_date: b.start_date ?? null,
        end_date: b.end_date ?? null,
        product_id: plan.product_id,
        stocks: stockType === 'Limited' ? b.stocks : null,
        password: b.password ?? null,
      }),
    );
    ctx.state.checkoutStockTypes.set(rec.id, stockType);
    return okBody(ctx, clone(rec));
  });

  router.post(`${API}/checkouts/update`, (ctx) => {
    const b = body(ctx);
    if (b.id === undefined || b.id === null || b.id === '') throw fail(400, 'invalid_parameter', 'id is required.');
    const rec = ctx.state.checkouts.get(b.id);
    if (!rec) throw fail(404, 'not_found', `Checkout link ${b.id} was not found.`);
    validateCheckoutFields(b);
    const currentType = ctx.state.checkoutStockTypes.get(rec.id) || (rec.stocks == null ? 'Unlimited' : 'Limited');
    const stockType = b.stock_type || currentType;
    const patch = {};
    for (const f of ['active', 'password', 'release_method', 'start_date', 'end_date']) {
      if (b[f] !== undefined) patch[f] = b[f];
    }
    if (stockType === 'Limited') {
      const stocks = b.stocks !== undefined ? b.stocks : rec.stocks;
      requireLimitedStocks(stocks);
      patch.stocks = stocks;
    } else {
      patch.stocks = null;
    }
    ctx.state.checkoutStockTypes.set(rec.id, stockType);
    Object.assign(rec, patch);
    return okBody(ctx, clone(rec));
  });

  router.post(`${API}/plans/create`, (ctx) => {
    const b = body(ctx);
    validatePlanFields(ctx, b);
    const fields = {};
    for (const f of PLAN_FIELDS) if (b[f] !== undefined) fields[f] = b[f];
    for (const f of ['product_id', 'name', 'price', 'currency', 'pricing_type']) {
      if (!given(b[f]) || b[f] === '') throw fail(400, 'invalid_parameter', `${f} is required.`);
    }
    const draft = ctx.emu.build('plans', { ...fields, id: newId('plan'), created_date: hzDate() });
    if (draft.pricing_type !== 'Subscription') Object.assign(draft, { renewal_period: null, renewal_period_unit: null });
    validatePlanRecord(draft);
    return okBody(ctx, clone(ctx.state.plans.insert(draft)));
  });

  router.post(`${API}/plans/update`, (ctx) => {
    const b = body(ctx);
    const id = requireId(b);
    const rec = ctx.state.plans.get(id);
    if (!rec) throw fail(404, 'not_found', `Plan ${id} was not found.`);
    validatePlanFields(ctx, b);
    const merged = { ...rec };
    for (const f of PLAN_FIELDS) if (b[f] !== undefined) merged[f] = b[f];
    if (merged.pricing_type !== 'Subscription') Object.assign(merged, { renewal_period: null, renewal_period_unit: null });
    validatePlanRecord(merged);
    Object.assign(rec, merged);
    return okBody(ctx, clone(rec));
  });

  router.post(`${API}/memberships/validate_license_key`, (ctx) => {
    const b = body(ctx);
    if (b.license_key === undefined || b.license_key === null || b.license_key === '') {
      throw fail(400, 'invalid_parameter', 'license_key is required.');
    }
    if (typeof b.license_key !== 'string') throw fail(400, 'invalid_parameter', 'license_key must be a string.');
    if (given(b.product_id) && typeof b.product_id !== 'string') throw fail(400, 'invalid_parameter', 'product_id must be a string.');
    if (given(b.metadata) && !isPlainObject(b.metadata)) throw fail(400, 'invalid_parameter', 'metadata must be an object.');
    const metadata = b.metadata || {};
    const rec = ctx.state.memberships.all().find((m) => m.license_key === b.license_key);
    if (!rec) throw fail(400, 'invalid_license_key', 'The license key is invalid.');
    if (given(b.product_id) && b.product_id !== '' && rec.product_id !== b.product_id) {
      throw fail(400, 'invalid_license_key', 'The license key is not valid for this product.');
    }
    if (rec.status !== 'active') throw fail(403, 'membership_inactive', `The membership of this license key is ${rec.status}.`);
    const hwid = metadata.hwid;
    if (given(hwid) && hwid !== '') {
      const bound = rec.metadata && rec.metadata.hwid;
      if (bound && bound !== String(hwid)) throw fail(403, 'device_mismatch', 'The license key is bound to another device.');
      if (!bound) rec.metadata = { ...(rec.metadata || {}), hwid: String(hwid) };
    }
    ctx.emu.validations.push({ license_key: b.license_key, product_id: b.product_id, metadata: clone(metadata) });
    return okBody(ctx, clone(rec));
  });

  router.post(`${API}/memberships/terminate`, (ctx) => {
    const rec = membershipOr404(ctx, requireId(body(ctx)));
    if (rec.status === 'terminated') throw fail(400, 'invalid_state', `Membership ${rec.id} is already terminated.`);
    rec.status = 'terminated';
    return okBody(ctx, clone(rec));
  });

  router.post(`${API}/memberships/cancel`, (ctx) => {
    const rec = membershipOr404(ctx, requireId(body(ctx)));
    if (rec.status !== 'active') throw fail(400, 'invalid_state', `Membership ${rec.id} is already ${rec.status}.`);
    rec.status = 'cancelled';
    return okBody(ctx, clone(rec));
  });

  return router;
}

/* ------------------------------------------------------------------------------------------------
 * Default data and builders
 * ---------------------------------------------------------------------------------------------- */

const SEED_DATE = '2025-01-01T00:00:00.000Z';

function defaultData() {
  const I = HYPERAZE_IDS;
  const K = HYPERAZE_LICENSE_KEYS;
  return {
    products: [
      { id: I.productDemo, name: 'Demo App', description: 'Desktop app sold with license keys', created_date: SEED_DATE },
      { id: I.productPro, name: 'Demo App Pro', description: 'Pro edition', created_date: SEED_DATE },
    ],
    plans: [
      { id: I.planMonthly, product_id: I.productDemo, name: 'Monthly', price: 9.99, currency: 'USD', pricing_type: 'Subscription', renewal_period: 1, renewal_period_unit: 'Month', created_date: SEED_DATE },
      { id: I.planLifetime, product_id: I.productDemo, name: 'Lifetime', price: 99, currency: 'USD', pricing_type: 'One-time Fee', created_date: SEED_DATE },
      { id: I.planFree, product_id: I.productDemo, name: 'Free', price: 0, currency: 'USD', pricing_type: 'Free', created_date: SEED_DATE },
      { id: I.planPro, product_id: I.productPro, name: 'Pro Yearly', price: 199, currency: 'EUR', pricing_type: 'Subscription', renewal_period: 1, renewal_period_unit: 'Year', trial_duration: 14, trial_period_unit: 'Day', created_date: SEED_DATE },
    ],
    checkouts: [
      { id: I.checkoutDemo, plan_id: I.planMonthly, product_id: I.productDemo, created_date: SEED_DATE },
    ],
    memberships: [
      { id: I.membershipActive, license_key: K.active, status: 'active', product_id: I.productDemo, plan_id: I.planMonthly, customer_email: 'ada@example.com', metadata: {}, created_date: SEED_DATE },
      { id: I.membershipBound, license_key: K.bound, status: 'active', product_id: I.productDemo, plan_id: I.planLifetime, customer_email: 'grace@example.com', metadata: { hwid: HYPERAZE_BOUND_HWID }, created_date: SEED_DATE },
      { id: I.membershipCancelled, license_key: K.cancelled, status: 'cancelled', product_id: I.productDemo, plan_id: I.planMonthly, customer_email: 'linus@example.com', metadata: {}, created_date: SEED_DATE },
      { id: I.membershipTerminated, license_key: K.terminated, status: 'terminated', product_id: I.productDemo, plan_id: I.planMonthly, customer_email: 'margaret@example.com', metadata: { hwid: 'DEVICE-OLD-999' }, created_date: SEED_DATE },
      { id: I.membershipPro, license_key: K.pro, status: 'active', product_id: I.productPro, plan_id: I.planPro, customer_email: 'ken@example.com', metadata: {}, created_date: SEED_DATE },
    ],
    payments: [
      { id: I.paymentMonthly, membership_id: I.membershipActive, product_id: I.productDemo, plan_id: I.planMonthly, amount: 9.99, currency: 'USD', status: 'succeeded', customer_email: 'ada@example.com', created_date: SEED_DATE },
      { id: I.paymentLifetime, membership_id: I.membershipBound, product_id: I.productDemo, plan_id: I.planLifetime, amount: 99, currency: 'USD', status: 'succeeded', customer_email: 'grace@example.com', created_date: SEED_DATE },
      { id: I.paymentRefunded, membership_id: I.membershipPro, product_id: I.productPro, plan_id: I.planPro, amount: 199, currency: 'EUR', status: 'refunded', customer_email: 'ken@example.com', created_date: SEED_DATE },
    ],
  };
}

const BUILDERS = {
  products: (p, i) => ({
    id: p.id || newId('prod'),
    name: `Product ${i + 1}`,
    description: null,
    created_date: hzDate(),
    ...p,
  }),
  plans: (p, i) => ({
    id: p.id || newId('plan'),
    product_id: HYPERAZE_IDS.productDemo,
    name: `Plan ${i + 1}`,
    price: 10,
    currency: 'USD',
    pricing_type: 'One-time Fee',
    renewal_period: null,
    renewal_period_unit: null,
    trial_duration: null,
    trial_period_unit: null,
    shuffle_key: false,
    stocks: null,
    password: null,
    initial_fee: 0,
    created_date: hzDate(),
    ...p,
  }),
  memberships: (p, i) => ({
    id: p.id || newId('mem'),
    license_key: `SEED-${String(i + 1).padStart(4, '0')}-${randomString(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}-KEY0`,
    status: 'active',
    product_id: HYPERAZE_IDS.productDemo,
    plan_id: HYPERAZE_IDS.planMonthly,
    customer_email: `member${i + 1}@example.com`,
    metadata: {},
    created_date: hzDate(),
    ...p,
  }),
  payments: (p, i) => ({
    id: p.id || newId('pay'),
    membership_id: HYPERAZE_IDS.membershipActive,
    product_id: HYPERAZE_IDS.productDemo,
    plan_id: HYPERAZE_IDS.planMonthly,
    amount: 9.99,
    currency: 'USD',
    status: 'succeeded',
    customer_email: `buyer${i + 1}@example.com`,
    created_date: hzDate(),
    ...p,
  }),
  // Field order exactly as the provider's checkout object.
  checkouts: (p) => {
    const id = p.id || newId('chk');
    const rec = {
      id,
      active: p.active === undefined ? true : p.active,
      plan_id: p.plan_id ?? HYPERAZE_IDS.planMonthly,
      release_method: p.release_method ?? 'Instant',
      start_date: p.start_date ?? null,
      end_date: p.end_date ?? null,
      product_id: p.product_id ?? HYPERAZE_IDS.productDemo,
      stocks: p.stocks ?? null,
      claimed: p.claimed ?? 0,
      password: p.password ?? null,
      link: p.link ?? `https://hyperaze.com/checkout/${id}`,
      created_date: p.created_date ?? hzDate(),
    };
    return rec;
  },
};

/* ------------------------------------------------------------------------------------------------
 * Start
 * ---------------------------------------------------------------------------------------------- */

/**
 * startHyperazeEmulator(options)
 *  options: apiKey, acceptApiKeyHeader (also accept an `api_key` header, default false),
 *           paging ('page-limit' | 'ignore'), defaultLimit (page size when only `page` is sent; default
 *           null = everything), maxLimit, wrap (boolean), latencyMs, rateLimit, port, host, data,
 *           sandbox (a few more keys, payments and checkout links: sandbox/hyperaze.js)
 */
async function startHyperazeEmulator(options = {}) {
  const apiKey = options.apiKey || HYPERAZE_DEFAULTS.apiKey;

  const spec = {
    name: 'hyperaze',
    apiPath: API,
    router: buildRouter(),
    builders: BUILDERS,
    faultKinds: {},
    createState() {
      return {
        products: new Collection('products'),
        plans: new Collection('plans'),
        checkouts: new Collection('checkouts'),
        memberships: new Collection('memberships'),
        payments: new Collection('payments'),
        checkoutStockTypes: new Map(),
      };
    },
    onReset(emu) {
      emu.validations = []; // bodies of successful validate_license_key calls
      emu.settings = {
        paging: options.paging || HYPERAZE_DEFAULTS.paging,
        wrap: !!options.wrap,
        defaultLimit: options.defaultLimit ?? null,
        maxLimit: options.maxLimit ?? null,
      };
    },
    seedDefaults(emu) {
      const data = defaultData();
      if (options.sandbox) require('./sandbox/hyperaze').applyHyperazeSandbox(data);
      for (const [name, extra] of Object.entries(options.data || {})) data[name] = [...(data[name] || []), ...extra];
      for (const [name, records] of Object.entries(data)) emu.seed(name, records);
    },
    isRateLimitExempt: () => false,
    notFound: () => hzErr(404, 'not_found', 'Route not found.'),
    invalidBody: () => hzErr(400, 'invalid_json', 'The request body is not valid JSON.'),
    internalError: (ctx, err) => hzErr(500, 'internal_error', String(err && err.message)),
    rateLimited: (ctx, info) =>
      hzErr(429, 'rate_limited', 'Too many requests.', { 'Retry-After': String(info.retryAfterSeconds) }),
    before(ctx) {
      const auth = ctx.headers.authorization;
      const m = auth ? /^Bearer\s+(\S+)\s*$/i.exec(String(auth)) : null;
      if (m && m[1] === apiKey) return undefined;
      if (options.acceptApiKeyHeader && ctx.headers.api_key === apiKey) return undefined;
      return hzErr(401, 'unauthorized', 'Invalid or missing API key.');
    },
  };

  const emu = await createEmulator(spec, options);
  emu.credentials = { apiKey };
  emu.ids = HYPERAZE_IDS;
  emu.licenseKeys = HYPERAZE_LICENSE_KEYS;
  emu.boundHwid = HYPERAZE_BOUND_HWID;
  emu.build = (collection, partial) => BUILDERS[collection](partial, emu.state[collection].size, emu);
  /** Change response shape at run time: configure({ paging, wrap, defaultLimit, maxLimit }). */
  emu.configure = (settings) => {
    if (settings.paging && !['page-limit', 'ignore'].includes(settings.paging)) {
      throw new Error(`hyperaze emulator: unknown paging mode ${settings.paging}`);
    }
    Object.assign(emu.settings, settings);
  };
  emu.authHeaders = (key = apiKey) => ({ Authorization: `Bearer ${key}` });
  return emu;
}

module.exports = {
  startHyperazeEmulator,
  HYPERAZE_DEFAULTS,
  HYPERAZE_IDS,
  HYPERAZE_LICENSE_KEYS,
  HYPERAZE_BOUND_HWID,
  PLAN_CURRENCIES,
  RESOURCES,
};

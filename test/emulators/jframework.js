'use strict';
/*
 * JFramework (JFW) protocol API emulator: /api/v1/..., Brand-URL + Auth-Key headers, the
 * { success, statusCode, message, data, errors } envelope, 0-based pageNumber/pageSize paging.
 *
 * Table-driven parts: RESOURCES (collection, not-found code, list filters, sort fields, paging style,
 * presenter) -> registerReadRoutes() creates list + get-by-id routes; SCHEMAS + validate() do the
 * per-field 400 errors for write endpoints.
 */

const {
  Router,
  Collection,
  HttpError,
  createEmulator,
  randomString,
  uuid,
  clone,
  isPlainObject,
  isAbsoluteUrl,
  parseIsoDate,
  queryInt,
  queryValue,
  ISO_4217,
} = require('./common');

const API = '/api/v1';
const OK_MESSAGE = 'The request was successful.';
const FAIL_MESSAGE = 'The request failed.';

const JFW_IDS = Object.freeze({
  userOwner: 'Usr2kq9fzm1x7a',
  pkgBasic: 'Plakdiooh209sz',
  pkgPro: 'Pkpro4m2xq81zt',
  stMonthly: 'Stmon7qz2k1pfa',
  stYearly: 'Styr3b8wq0lx5e',
  priceBasicMonthly: 'Prbm1k2j3h4g5f',
  priceBasicYearly: 'Prby6d7s8a9q0w',
  priceProMonthly: 'Prpm2e3r4t5y6u',
  priceProYearly: 'Prpy7i8o9p0a1s',
  licenseActive: 'Lcac1z2x3c4v5b',
  licenseUsed: 'Lcus6n7m8q9w0e',
  licenseExpired: 'Lcex1r2t3y4u5i',
});

const JFW_DEFAULTS = Object.freeze({
  brandUrl: 'brand.example.com',
  username: 'owner',
  password: 'owner-password',
  emailAddress: 'owner@brand.example.com',
  authKey: 'jfw-auth-key',
  authKeyTtlMs: 3600 * 1000,
  ids: JFW_IDS,
});

/* ------------------------------------------------------------------------------------------------
 * Envelope helpers
 * ---------------------------------------------------------------------------------------------- */

const jfwError = (code, message) => ({ code, message, correlationId: uuid() });

const okEnv = (data, httpStatus = 200, bodyStatus = 200) => ({
  status: httpStatus,
  body: { success: true, statusCode: bodyStatus, message: OK_MESSAGE, data, errors: [] },
});

const failEnv = (status, errors, headers) => ({
  status,
  headers,
  body: {
    success: false,
    statusCode: status,
    message: FAIL_MESSAGE,
    data: null,
    errors: errors.map((e) => (e.correlationId ? e : jfwError(e.code, e.message))),
  },
});

const fail = (status, code, message) => new HttpError(failEnv(status, [{ code, message }]));

const jfwDate = (d = new Date()) => d.toISOString().replace('Z', '+00:00');

/* ------------------------------------------------------------------------------------------------
 * Validation
 * ---------------------------------------------------------------------------------------------- */

/**
 * Field rules: { type: string|number|integer|boolean|uri|date|currency|enum, required, nullable,
 *                min, values (enum) }. Returns [{ code:'InvalidParameter', message }] (one per field).
 */
function validate(body, schema) {
  const errors = [];
  const add = (message) => errors.push({ code: 'InvalidParameter', message });
  for (const [field, rule] of Object.entries(schema)) {
    const v = body[field];
    // null/absent/blank count as "not sent" (string fields have min length 1 in the provider's schema)
    const missing = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    if (missing) {
      if (rule.required) add(`The ${field} field is required.`);
      continue;
    }
    switch (rule.type) {
      case 'string':
        if (typeof v !== 'string') add(`The ${field} field must be a string.`);
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) add(`The ${field} field must be a number.`);
        else if (rule.min !== undefined && v < rule.min) add(`The ${field} field must be greater than or equal to ${rule.min}.`);
        break;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v)) add(`The ${field} field must be an integer.`);
        else if (rule.min !== undefined && v < rule.min) add(`The ${field} field must be greater than or equal to ${rule.min}.`);
        break;
      case 'boolean':
        if (typeof v !== 'boolean') add(`The ${field} field must be a boolean.`);
        break;
      case 'uri':
        if (!isAbsoluteUrl(v)) add(`The ${field} field must be a valid absolute URL.`);
        break;
      case 'date':
        if (!parseIsoDate(v)) add(`The ${field} field must be a valid date-time.`);
        break;
      case 'currency':
        if (typeof v !== 'string' || !ISO_4217.has(v.toUpperCase())) {
          add(`The ${field} field must be a valid ISO 4217 currency code.`);
        }
        break;
      case 'enum':
        if (typeof v !== 'string' || !rule.values.some((x) => x.toLowerCase() === v.toLowerCase())) {
          add(`The ${field} field must be one of: ${rule.values.join(', ')}.`);
        }
        break;
      default:
        break;
    }
  }
  return errors;
}

function requireBody(ctx) {
  if (!isPlainObject(ctx.body)) throw fail(400, 'InvalidParameter', 'The request body is required.');
  return ctx.body;
}

function assertValid(errors) {
  if (errors.length) throw new HttpError(failEnv(400, errors));
}

const SCHEMAS = {
  price: {
    packageId: { type: 'string', required: true },
    subscriptionTypeId: { type: 'string', required: true },
    code: { type: 'string', required: true },
    name: { type: 'string', required: true },
    amount: { type: 'number', required: true, min: 0 },
    currency: { type: 'currency', required: true },
    checkoutLink: { type: 'uri' },
    description: { type: 'string' },
    tags: { type: 'string' },
    zOrder: { type: 'integer' },
  },
  package: {
    code: { type: 'string', required: true },
    name: { type: 'string', required: true },
    imageURL: { type: 'uri' },
    patternAvatarURL: { type: 'uri' },
    styles: { type: 'string' },
    description: { type: 'string' },
    tags: { type: 'string' },
    zOrder: { type: 'integer' },
    isDefault: { type: 'boolean' },
    isFree: { type: 'boolean' },
    tier: { type: 'integer' },
    status: { type: 'enum', values: ['Active', 'Inactive'] },
  },
  licenseCheckoutLink: {
    packageId: { type: 'string', required: true },
    subscriptionTypeId: { type: 'string', required: true },
    startDate: { type: 'date', required: true },
    endDate: { type: 'date', required: true },
    returnURL: { type: 'uri' },
    cancelURL: { type: 'uri' },
    testMode: { type: 'boolean' },
    quantity: { type: 'integer', min: 1 },
  },
  upgradeCheckout: {
    priceId: { type: 'string', required: true },
    walletId: { type: 'string' },
    couponCode: { type: 'string' },
    appIntegrationId: { type: 'string' },
    refundWalletId: { type: 'string' },
    cancelLink: { type: 'uri' },
    returnLink: { type: 'uri' },
  },
  login: {
    username: { type: 'string', required: true },
    password: { type: 'string', required: true },
  },
};

/* ------------------------------------------------------------------------------------------------
 * Presenters (joined fields) and list helpers
 * ---------------------------------------------------------------------------------------------- */

function presentPrice(state, p) {
  const pkg = state.packages.get(p.packageId);
  const st = state.subscriptionTypes.get(p.subscriptionTypeId);
  return {
    id: p.id,
    createdDate: p.createdDate,
    code: p.code,
    name: p.name,
    amount: p.amount,
    currency: p.currency,
    description: p.description,
    checkoutLink: p.checkoutLink,
    tags: p.tags,
    packageName: pkg ? pkg.name : null,
    packageId: p.packageId,
    subscriptionName: st ? st.name : null,
    subscriptionTypeId: p.subscriptionTypeId,
    zOrder: p.zOrder,
  };
}

function presentPackage(state, pkg) {
  return {
    ...clone(pkg),
    features: clone(pkg.features || []),
    prices: state.prices.filter((p) => p.packageId === pkg.id).map((p) => presentPrice(state, p)),
  };
}

const q = (ctx, name) => queryValue(ctx.query, name, { caseInsensitive: true });

function parseBoolQuery(v) {
  if (v === undefined || v === '') return undefined;
  if (/^(true|1)$/i.test(String(v))) return true;
  if (/^(false|0)$/i.test(String(v))) return false;
  return undefined;
}

/**
 * filters: { exact: [...], ci: [...] (case-insensitive equality), contains: [...], bool: {query: fn},
 *            keywords: [fields] }
 */
function applyFilters(ctx, items, filters = {}) {
  let out = items;
  for (const f of filters.exact || []) {
    const v = q(ctx, f);
    if (v !== undefined && v !== '') out = out.filter((r) => String(r[f]) === String(v));
  }
  for (const f of filters.ci || []) {
    const v = q(ctx, f);
    if (v !== undefined && v !== '') out = out.filter((r) => String(r[f]).toLowerCase() === String(v).toLowerCase());
  }
  for (const f of filters.contains || []) {
    const v = q(ctx, f);
    if (v !== undefined && v !== '') {
      out = out.filter((r) => r[f] != null && String(r[f]).toLowerCase().includes(String(v).toLowerCase()));
    }
  }
  for (const [name, fn] of Object.entries(filters.bool || {})) {
    const v = parseBoolQuery(q(ctx, name));
    if (v !== undefined) out = out.filter((r) => fn(r) === v);
  }
  for (const [name, fn] of Object.entries(filters.custom || {})) {
    const v = q(ctx, name);
    if (v !== undefined && v !== '') out = out.filter((r) => fn(r, v));
  }
  const kw = q(ctx, 'keywords');
  if (kw && filters.keywords) {
    const needle = String(kw).toLowerCase();
    out = out.filter((r) => filters.keywords.some((f) => r[f] != null && String(r[f]).toLowerCase().includes(needle)));
  }
  return out;
}

function applySort(ctx, items, allowed) {
  const field = q(ctx, 'sortDataField');
  if (!field || !allowed || !allowed.includes(field)) return items;
  const order = String(q(ctx, 'sortOrder') || 'asc').toLowerCase();
  const dir = order.startsWith('desc') ? -1 : 1;
  return items
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r[field];
      const y = b.r[field];
      if (x === y) return a.i - b.i;
      if (x === null || x === undefined) return -dir;
      if (y === null || y === undefined) return dir;
      return (x < y ? -1 : 1) * dir;
    })
    .map((w) => w.r);
}

function pageParams(ctx) {
  const errors = [];
  let pageNumber = queryInt(q(ctx, 'pageNumber'));
  let pageSize = queryInt(q(ctx, 'pageSize'));
  if (pageNumber === undefined) pageNumber = 0;
  if (pageSize === undefined) pageSize = 200;
  if (Number.isNaN(pageNumber) || pageNumber < 0) {
    errors.push({ code: 'InvalidParameter', message: 'The pageNumber field must be an integer greater than or equal to 0.' });
  }
  if (Number.isNaN(pageSize) || pageSize < 1) {
    errors.push({ code: 'InvalidParameter', message: 'The pageSize field must be an integer greater than or equal to 1.' });
  }
  assertValid(errors);
  return { pageNumber, pageSize };
}

/* ------------------------------------------------------------------------------------------------
 * Resource table (read routes)
 * ---------------------------------------------------------------------------------------------- */

const RESOURCES = [
  {
    path: 'packages',
    collection: 'packages',
    notFound: ['PackageNotFound', 'The package was not found.'],
    paged: false,
    public: ['list'], // GET /packages works without Auth-Key
    filters: { contains: ['name', 'code', 'description', 'tags'], ci: ['status'], bool: { isDefault: (r) => !!r.isDefault }, keywords: ['name', 'code', 'description', 'tags'] },
    sort: ['id', 'createdDate', 'zOrder', 'name', 'code'],
    present: presentPackage,
  },
  {
    path: 'subscription-types',
    collection: 'subscriptionTypes',
    notFound: ['SubscriptionTypeNotFound', 'The subscription type was not found.'],
    paged: false,
    filters: { contains: ['name', 'tags', 'description'], ci: ['unit', 'status'], keywords: ['name', 'description', 'tags'] },
    sort: ['id', 'createdDate', 'zOrder', 'name'],
  },
  {
    path: 'prices',
    collection: 'prices',
    notFound: ['PriceNotFound', 'The price was not found.'],
    paged: false, // plain array in data (pageNumber/pageSize are ignored)
    filters: {
      exact: ['packageId', 'subscriptionTypeId', 'paymentMethodId'],
      ci: ['currency', 'code'],
      contains: ['name', 'description', 'tags', 'checkoutLink'],
      custom: { amount: (r, v) => Number(r.amount) === Number(v), zOrder: (r, v) => Number(r.zOrder) === Number(v) },
    },
    sort: ['id', 'createdDate', 'zOrder', 'amount', 'code', 'name'],
    present: presentPrice,
  },
  {
    path: 'licenses',
    collection: 'licenses',
    notFound: ['LicenseNotFound', 'The license was not found.'],
    paged: true,
    filters: {
      exact: ['packageId', 'subscriptionTypeId', 'sourceId', 'refLicense'],
      ci: ['status', 'type'],
      contains: ['description', 'tags'],
      bool: { testMode: (r) => !!r.testMode, isUsed: (r) => !!r.usedByUserId },
      custom: { licenseCode: (r, v) => r.code === v, usedBy: (r, v) => r.usedByUserId === v },
      keywords: ['code', 'description', 'tags'],
    },
    sort: ['id', 'createdDate', 'code', 'type', 'amount', 'description', 'tags', 'status'],
  },
];

function registerReadRoutes(router, res) {
  const base = `${API}/${res.path}`;
  const present = (state, rec) => (res.present ? res.present(state, rec) : clone(rec));
  router.get(
    base,
    (ctx) => {
      let items = applyFilters(ctx, ctx.state[res.collection].all(), res.filters);
      items = applySort(ctx, items, res.sort);
      if (!res.paged) return okEnv(items.map((r) => present(ctx.state, r)));
      const { pageNumber, pageSize } = pageParams(ctx);
      const slice = items.slice(pageNumber * pageSize, pageNumber * pageSize + pageSize);
      return okEnv({ items: slice.map((r) => present(ctx.state, r)), totalItems: items.length, pageNumber, pageSize });
    },
    { public: (res.public || []).includes('list') },
  );
  router.get(`${base}/:id`, (ctx) => {
    const rec = ctx.state[res.collection].get(ctx.params.id);
    if (!rec) throw fail(404, res.notFound[0], res.notFound[1]);
    return okEnv(present(ctx.state, rec));
  });
}

/* ------------------------------------------------------------------------------------------------
 * Router
 * ---------------------------------------------------------------------------------------------- */

function requirePackage(state, id) {
  const pkg = state.packages.get(id);
  if (!pkg) throw fail(404, 'PackageNotFound', 'The package was not found.');
  return pkg;
}

function requireSubscriptionType(state, id) {
  const st = state.subscriptionTypes.get(id);
  if (!st) throw fail(404, 'SubscriptionTypeNotFound', 'The subscription type was not found.');
  return st;
}

function priceFromBody(body) {
  return {
    packageId: body.packageId,
    subscriptionTypeId: body.subscriptionTypeId,
    code: body.code,
    name: body.name,
    amount: body.amount,
    currency: String(body.currency).toUpperCase(),
    description: body.description ?? null,
    checkoutLink: body.checkoutLink ?? null,
    tags: body.tags ?? null,
    zOrder: body.zOrder ?? null,
  };
}

const checkoutOrderId = () => randomString(17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789');

function buildRouter() {
  const router = new Router();

  /* ---- auth ---- */
  router.post(
    `${API}/users/auth`,
    (ctx) => {
      const emu = ctx.emu;
      const body = requireBody(ctx);
      emu.authRequests.push(clone(body));
      // emailAddress may be used instead of username (newer docs)
      const probe = { ...body, username: body.username ?? body.emailAddress };
      assertValid(validate(probe, SCHEMAS.login));
      const user = ctx.state.users.find(
        (u) => (u.username === probe.username || u.emailAddress === probe.username) && u.password === probe.password,
      );
      if (!user) throw fail(400, 'InvalidCredentials', 'The username or password is incorrect.');
      return okEnv(emu.issueAuthKey(user));
    },
    { public: true, authEndpoint: true },
  );

  router.post(
    `${API}/users/auth/refresh-auth-key`,
    (ctx) => {
      const emu = ctx.emu;
      const body = requireBody(ctx);
      emu.refreshRequests.push(clone(body));
      assertValid(validate(body, { refreshAuthKey: { type: 'string', required: true } }));
      const entry = emu.keys.refresh.get(body.refreshAuthKey);
      if (!entry) throw fail(400, 'InvalidRefreshAuthKey', 'The refresh auth key is invalid or expired.');
      emu.keys.refresh.delete(body.refreshAuthKey);
      const user = ctx.state.users.get(entry.userId);
      return okEnv(emu.issueAuthKey(user));
    },
    { public: true, authEndpoint: true },
  );

  router.get(`${API}/users/me`, (ctx) => {
    const { password, ...user } = ctx.user; // eslint-disable-line no-unused-vars
    return okEnv(clone(user));
  });

  /* ---- specific routes before the generic /:id routes ---- */
  router.post(`${API}/licenses/purchase/checkout-link`, (ctx) => {
    const body = requireBody(ctx);
    const errors = validate(body, SCHEMAS.licenseCheckoutLink);
    const start = parseIsoDate(body.startDate);
    const end = parseIsoDate(body.endDate);
    if (start && end && end.getTime() <= start.getTime()) {
      errors.push({ code: 'InvalidParameter', message: 'The endDate field must be later than the startDate field.' });
    }
    assertValid(errors);
    requirePackage(ctx.state, body.packageId);
    requireSubscriptionType(ctx.state, body.subscriptionTypeId);
    const quantity = body.quantity ?? 1;
    const orderId = checkoutOrderId();
    const url = `https://checkout.example.test/orders/${orderId}?qty=${quantity}`;
    ctx.state.checkoutLinks.insert({
      id: orderId,
      url,
      packageId: body.packageId,
      subscriptionTypeId: body.subscriptionTypeId,
      startDate: body.startDate,
      endDate: body.endDate,
      quantity,
      testMode: body.testMode ?? false,
      returnURL: body.returnURL ?? null,
      cancelURL: body.cancelURL ?? null,
      userId: ctx.user.id,
      createdDate: jfwDate(),
    });
    return okEnv(url);
  });

  router.post(`${API}/packages/:packageId/upgrade/checkout`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.upgradeCheckout));
    const pkg = requirePackage(ctx.state, ctx.params.packageId);
    const price = ctx.state.prices.get(body.priceId);
    if (!price || price.packageId !== pkg.id) {
      throw fail(400, 'PriceNotInPackage', `The price ${body.priceId} does not belong to the package ${pkg.id}.`);
    }
    const orderId = checkoutOrderId();
    const data = {
      walletWithdrawalAmount: 0,
      walletWithdrawalCurrency: price.currency,
      walletRefundAmount: 0,
      walletRefundCurrency: price.currency,
      checkoutLink: `https://checkout.example.test/orders/${orderId}?priceId=${encodeURIComponent(price.id)}`,
    };
    ctx.state.upgradeCheckouts.insert({
      id: orderId,
      packageId: pkg.id,
      priceId: price.id,
      walletId: body.walletId ?? null,
      couponCode: body.couponCode ?? null,
      appIntegrationId: body.appIntegrationId ?? null,
      refundWalletId: body.refundWalletId ?? null,
      cancelLink: body.cancelLink ?? null,
      returnLink: body.returnLink ?? null,
      userId: ctx.user.id,
      createdDate: jfwDate(),
      ...data,
    });
    return okEnv(data);
  });

  router.get(`${API}/packages/:packageId/prices`, (ctx) => {
    requirePackage(ctx.state, ctx.params.packageId);
    return okEnv(ctx.state.prices.filter((p) => p.packageId === ctx.params.packageId).map((p) => presentPrice(ctx.state, p)));
  });

  router.get(`${API}/subscription-types/:subscriptionTypeId/prices`, (ctx) => {
    requireSubscriptionType(ctx.state, ctx.params.subscriptionTypeId);
    return okEnv(
      ctx.state.prices
        .filter((p) => p.subscriptionTypeId === ctx.params.subscriptionTypeId)
        .map((p) => presentPrice(ctx.state, p)),
    );
  });

  /* ---- generic read routes ---- */
  for (const res of RESOURCES) registerReadRoutes(router, res);

  /* ---- packages ---- */
  router.post(`${API}/packages`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.package));
    if (ctx.state.packages.find((p) => p.code === body.code)) {
      throw fail(409, 'PackageCodeAlreadyExists', `A package with the code ${body.code} already exists.`);
    }
    const rec = ctx.state.packages.insert(ctx.emu.build('packages', body));
    return okEnv(presentPackage(ctx.state, rec));
  });

  /* ---- prices ---- */
  router.post(`${API}/prices`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.price));
    requirePackage(ctx.state, body.packageId);
    requireSubscriptionType(ctx.state, body.subscriptionTypeId);
    const rec = ctx.state.prices.insert({ createdDate: jfwDate(), ...priceFromBody(body), zOrder: body.zOrder ?? 1 });
    // Docs: HTTP 201 while the body's statusCode stays 200.
    return okEnv(presentPrice(ctx.state, rec), 201, 200);
  });

  router.put(`${API}/prices/:id`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.price));
    const existing = ctx.state.prices.get(ctx.params.id);
    if (!existing) throw fail(404, 'PriceNotFound', 'The price was not found.');
    requirePackage(ctx.state, body.packageId);
    requireSubscriptionType(ctx.state, body.subscriptionTypeId);
    // PUT replaces: fields not sent become null (id and createdDate are kept).
    const rec = ctx.state.prices.replace(existing.id, {
      id: existing.id,
      createdDate: existing.createdDate,
      ...priceFromBody(body),
    });
    return okEnv(presentPrice(ctx.state, rec));
  });

  router.delete(`${API}/prices/:id`, (ctx) => {
    if (!ctx.state.prices.get(ctx.params.id)) throw fail(404, 'PriceNotFound', 'The price was not found.');
    ctx.state.prices.remove(ctx.params.id);
    return okEnv(true);
  });

  return router;
}

/* ------------------------------------------------------------------------------------------------
 * Default data and builders
 * ---------------------------------------------------------------------------------------------- */

const SEED_DATE = '2025-01-01T00:00:00+00:00';

function defaultData(cfg) {
  const I = JFW_IDS;
  return {
    users: [
      {
        id: I.userOwner,
        code: 'OWNER0001',
        username: cfg.username,
        emailAddress: cfg.emailAddress,
        phoneNumber: null,
        firstName: 'Brand',
        lastName: 'Owner',
        avatar: null,
        status: 'Active',
        createdDate: SEED_DATE,
        password: cfg.password,
      },
    ],
    packages: [
      { id: I.pkgBasic, code: 'basic', name: 'Basic', description: 'Basic package', tags: 'starter', tier: 1, zOrder: 1, isDefault: true },
      { id: I.pkgPro, code: 'pro', name: 'Pro', description: 'Professional package', tags: 'pro', tier: 2, zOrder: 2 },
    ],
    subscriptionTypes: [
      { id: I.stMonthly, name: 'Monthly', unit: 'Month', quantity: 1, zOrder: 1, isDefault: true },
      { id: I.stYearly, name: 'Yearly', unit: 'Year', quantity: 1, zOrder: 2 },
    ],
    prices: [
      { id: I.priceBasicMonthly, packageId: I.pkgBasic, subscriptionTypeId: I.stMonthly, code: 'basic-monthly', name: 'Basic Monthly', amount: 9.99, zOrder: 1 },
      { id: I.priceBasicYearly, packageId: I.pkgBasic, subscriptionTypeId: I.stYearly, code: 'basic-yearly', name: 'Basic Yearly', amount: 99, zOrder: 2 },
      { id: I.priceProMonthly, packageId: I.pkgPro, subscriptionTypeId: I.stMonthly, code: 'pro-monthly', name: 'Pro Monthly', amount: 29, zOrder: 3 },
      { id: I.priceProYearly, packageId: I.pkgPro, subscriptionTypeId: I.stYearly, code: 'pro-yearly', name: 'Pro Yearly', amount: 290, zOrder: 4 },
    ],
    licenses: [
      { id: I.licenseActive, packageId: I.pkgBasic, subscriptionTypeId: I.stMonthly, code: 'BASIC-AAAA-BBBB-CCCC', status: 'Active', description: 'Active basic license', tags: 'seed' },
      {
        id: I.licenseUsed,
        packageId: I.pkgPro,
        subscriptionTypeId: I.stYearly,
        code: 'PRO-DDDD-EEEE-FFFF',
        status: 'Used',
        amount: 290,
        usedByUserId: I.userOwner,
        usedDate: '2025-01-05T10:00:00+00:00',
        endDate: '2026-01-01T00:00:00+00:00',
        description: 'Used pro license',
        tags: 'seed',
      },
      {
        id: I.licenseExpired,
        packageId: I.pkgBasic,
        subscriptionTypeId: I.stMonthly,
        code: 'BASIC-GGGG-HHHH-IIII',
        status: 'Expired',
        startDate: '2024-01-01T00:00:00+00:00',
        endDate: '2024-02-01T00:00:00+00:00',
        description: 'Expired basic license',
        tags: 'seed',
      },
    ],
  };
}

const licenseCode = () =>
  Array.from({ length: 4 }, () => randomString(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')).join('-');

const BUILDERS = {
  users: (p) => ({
    code: randomString(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
    username: `user${randomString(5, 'abcdefghijklmnopqrstuvwxyz')}`,
    emailAddress: null,
    phoneNumber: null,
    firstName: null,
    lastName: null,
    avatar: null,
    status: 'Active',
    createdDate: jfwDate(),
    password: 'password',
    ...p,
  }),
  packages: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    code: `package-${i + 1}`,
    name: `Package ${i + 1}`,
    imageURL: null,
    patternAvatarURL: null,
    styles: null,
    description: null,
    tags: null,
    isFree: false,
    tier: null,
    zOrder: 1,
    features: [],
    isDefault: false,
    status: 'Active',
    ...p,
  }),
  subscriptionTypes: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    name: `Subscription type ${i + 1}`,
    unit: 'Month',
    quantity: 1,
    tags: null,
    zOrder: 1,
    status: 'Active',
    isDefault: false,
    description: null,
    ...p,
  }),
  prices: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    code: `price-${i + 1}`,
    name: `Price ${i + 1}`,
    amount: 10,
    currency: 'USD',
    description: null,
    checkoutLink: null,
    tags: null,
    packageId: JFW_IDS.pkgBasic,
    subscriptionTypeId: JFW_IDS.stMonthly,
    zOrder: 1,
    ...p,
  }),
  licenses: (p) => ({
    id: p.id,
    createdDate: jfwDate(),
    modifiedDate: null,
    packageId: JFW_IDS.pkgBasic,
    subscriptionTypeId: JFW_IDS.stMonthly,
    code: licenseCode(),
    type: 'Normal',
    amount: 9.99,
    currencyCode: 'USD',
    description: null,
    startDate: '2025-01-01T00:00:00+00:00',
    endDate: '2025-02-01T00:00:00+00:00',
    tags: null,
    status: 'Active',
    usedByUserId: null,
    usedDate: null,
    testMode: false,
    ...p,
  }),
};

/* ------------------------------------------------------------------------------------------------
 * Start
 * ---------------------------------------------------------------------------------------------- */

const normalizeBrand = (v) =>
  String(v || '')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');

/**
 * startJFrameworkEmulator(options)
 *  options: brandUrl, username, password, emailAddress, authKey (pre-issued, never expires),
 *           authKeyTtlMs, latencyMs, rateLimit, port, host, data ({ licenses: [...] } extra defaults)
 */
async function startJFrameworkEmulator(options = {}) {
  const cfg = {
    brandUrl: options.brandUrl || JFW_DEFAULTS.brandUrl,
    username: options.username || JFW_DEFAULTS.username,
    password: options.password || JFW_DEFAULTS.password,
    emailAddress: options.emailAddress || JFW_DEFAULTS.emailAddress,
    authKey: options.authKey || JFW_DEFAULTS.authKey,
    authKeyTtlMs: options.authKeyTtlMs || JFW_DEFAULTS.authKeyTtlMs,
  };

  const spec = {
    name: 'jframework',
    apiPath: '/api',
    router: buildRouter(),
    builders: BUILDERS,
    faultKinds: {
      'jfw-209': (fault) => ({
        status: 209,
        statusMessage: 'Feature Usage Limit Exceeded',
        headers: fault.headers,
        body: {
          success: false,
          statusCode: 209,
          message: 'The user has exceeded the feature usage limit.',
          data: null,
          errors: [
            jfwError(
              (fault.body && fault.body.code) || 'FeatureUsageLimitExceeded',
              (fault.body && fault.body.message) || 'The feature usage limit of the current package has been reached.',
            ),
          ],
        },
      }),
      'jfw-success-false': (fault) => {
        const b = isPlainObject(fault.body) ? fault.body : {};
        let errors = Array.isArray(fault.body) ? fault.body : b.errors || fault.errors;
        if (!errors || !errors.length) errors = [{ code: 'UnknownError', message: 'An unknown error occurred.' }];
        return {
          status: fault.status || 200,
          headers: fault.headers,
          body: {
            success: false,
            statusCode: b.statusCode !== undefined ? b.statusCode : 200,
            message: b.message || FAIL_MESSAGE,
            data: b.data !== undefined ? b.data : null,
            errors: errors.map((e) => ({ correlationId: uuid(), ...e })),
          },
        };
      },
    },
    createState() {
      return {
        users: new Collection('users'),
        packages: new Collection('packages'),
        subscriptionTypes: new Collection('subscriptionTypes'),
        prices: new Collection('prices'),
        licenses: new Collection('licenses'),
        checkoutLinks: new Collection('checkoutLinks'),
        upgradeCheckouts: new Collection('upgradeCheckouts'),
      };
    },
    onReset(emu) {
      emu.authRequests = [];
      emu.refreshRequests = [];
      emu.keys = {
        auth: new Map([[cfg.authKey, { userId: JFW_IDS.userOwner, expiresAt: Infinity, preIssued: true }]]),
        refresh: new Map(),
      };
    },
    seedDefaults(emu) {
      const data = defaultData(cfg);
      for (const [name, extra] of Object.entries(options.data || {})) data[name] = [...(data[name] || []), ...extra];
      for (const [name, records] of Object.entries(data)) emu.seed(name, records);
    },
    isRateLimitExempt: (ctx) => ctx.method === 'POST' && /^\/api\/v1\/users\/auth(\/refresh-auth-key)?$/.test(ctx.path),
    notFound: () => failEnv(404, [{ code: 'NotFound', message: 'The requested resource was not found.' }]),
    invalidBody: () => failEnv(400, [{ code: 'InvalidParameter', message: 'The request body is not valid JSON.' }]),
    internalError: (ctx, err) => failEnv(500, [{ code: 'InternalServerError', message: String(err && err.message) }]),
    rateLimited: (ctx, info) =>
      failEnv(429, [{ code: 'RateLimitExceeded', message: 'Too many requests. Please try again later.' }], {
        'X-RateLimit-Limit': String(info.limit),
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(info.resetEpochSeconds),
      }),
    decorate(ctx, response, info) {
      if (!info) return;
      response.headers = {
        ...(response.headers || {}),
        'X-RateLimit-Limit': String(info.limit),
        'X-RateLimit-Remaining': String(info.remaining),
        'X-RateLimit-Reset': String(info.resetEpochSeconds),
      };
    },
    before(ctx) {
      const brand = ctx.headers['brand-url'];
      if (!brand || normalizeBrand(brand) !== normalizeBrand(cfg.brandUrl)) {
        return failEnv(400, [{ code: 'BrandNotFound', message: 'The brand was not found. Check the Brand-URL header.' }]);
      }
      if (ctx.route.meta && ctx.route.meta.public) return undefined;
      const key = ctx.headers['auth-key'];
      const entry = key ? ctx.emu.keys.auth.get(String(key).trim()) : undefined;
      const user = entry && entry.expiresAt > Date.now() ? ctx.state.users.get(entry.userId) : undefined;
      if (!user) {
        return failEnv(401, [{ code: 'Unauthorized', message: 'The Auth-Key is missing, invalid or expired.' }]);
      }
      ctx.user = user;
      return undefined;
    },
  };

  const emu = await createEmulator(spec, options);
  emu.credentials = cfg;
  emu.ids = JFW_IDS;
  emu.build = (collection, partial) => BUILDERS[collection](partial, emu.state[collection].size, emu);

  /** Issues an Auth-Key (as a login does) and returns the login data object. */
  emu.issueAuthKey = (user = emu.state.users.get(JFW_IDS.userOwner)) => {
    const authKey = randomString(48);
    const refreshAuthKey = randomString(48);
    const expiresAt = Date.now() + cfg.authKeyTtlMs;
    emu.keys.auth.set(authKey, { userId: user.id, expiresAt, preIssued: false });
    emu.keys.refresh.set(refreshAuthKey, { userId: user.id });
    return {
      id: user.id,
      username: user.username,
      emailAddress: user.emailAddress,
      phoneNumber: user.phoneNumber ?? null,
      authKey,
      refreshAuthKey,
      expiresIn: new Date(expiresAt).toISOString(),
    };
  };
  /** Expires every key issued by login/refresh (the pre-issued options.authKey keeps working). */
  emu.expireAuthKeys = () => {
    for (const entry of emu.keys.auth.values()) if (!entry.preIssued) entry.expiresAt = 0;
  };
  /** Headers a client needs for an authenticated call. */
  emu.authHeaders = (key = cfg.authKey) => ({ 'Brand-URL': cfg.brandUrl, 'Auth-Key': key });
  return emu;
}

module.exports = { startJFrameworkEmulator, JFW_DEFAULTS, JFW_IDS, RESOURCES, SCHEMAS, validate };

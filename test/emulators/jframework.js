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
  userBuyer: 'Usrbuyer7c4n2q',
  couponSpring: 'Cpspring20ab12',
  couponExpired: 'Cpexpired9xy34',
  walletUsd: 'Wlusd1a2b3c4d5',
  walletEur: 'Wleur6e7f8g9h0',
  featureProjects: 'Ftproj1q2w3e4r',
  featureStorage: 'Ftstor5t6y7u8i',
  paymentCompleted: 'Pycomp1z2x3c4v',
  paymentPending: 'Pypend5b6n7m8q',
  invoicePaid: 'Ivpaid1a2s3d4f',
  invoiceUnpaid: 'Ivunpd5g6h7j8k',
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
 *                min, max, above (exclusive minimum), values (enum) }. Returns [{ code:'InvalidParameter', message }] (one per field).
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
        else if (rule.above !== undefined && v <= rule.above) add(`The ${field} field must be greater than ${rule.above}.`);
        else if (rule.max !== undefined && v > rule.max) add(`The ${field} field must be less than or equal to ${rule.max}.`);
        break;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v)) add(`The ${field} field must be an integer.`);
        else if (rule.min !== undefined && v < rule.min) add(`The ${field} field must be greater than or equal to ${rule.min}.`);
        else if (rule.max !== undefined && v > rule.max) add(`The ${field} field must be less than or equal to ${rule.max}.`);
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
  licenseCreate: {
    packageId: { type: 'string', required: true },
    subscriptionTypeId: { type: 'string', required: true },
    amount: { type: 'number', required: true, min: 0 },
    currencyCode: { type: 'currency', required: true },
    startDate: { type: 'date', required: true },
    endDate: { type: 'date', required: true },
    testMode: { type: 'boolean', required: true },
    quantity: { type: 'integer', min: 1, max: 100 },
    code: { type: 'string' },
    description: { type: 'string' },
    tags: { type: 'string' },
    userCode: { type: 'string' },
  },
  licenseUpdate: {
    packageId: { type: 'string', required: true },
    subscriptionTypeId: { type: 'string', required: true },
    amount: { type: 'number', required: true, min: 0 },
    currencyCode: { type: 'currency', required: true },
    startDate: { type: 'date', required: true },
    endDate: { type: 'date', required: true },
    testMode: { type: 'boolean', required: true },
    description: { type: 'string' },
    tags: { type: 'string' },
  },
  licenseWalletPurchase: {
    packageId: { type: 'string', required: true },
    subscriptionTypeId: { type: 'string', required: true },
    amount: { type: 'number', required: true, min: 0 },
    currencyCode: { type: 'currency', required: true },
    startDate: { type: 'date', required: true },
    endDate: { type: 'date', required: true },
    testMode: { type: 'boolean' },
    quantity: { type: 'integer', min: 1, max: 100 },
    code: { type: 'string' },
    description: { type: 'string' },
    tags: { type: 'string' },
    userCode: { type: 'string' },
    type: { type: 'enum', values: ['Normal', 'Refunded', 'Prepaid', 'Postpaid', 'MailDelivery'] },
  },
  applyToUser: {
    licenseCode: { type: 'string', required: true },
    userId: { type: 'string', required: true },
  },
  subscriptionType: {
    name: { type: 'string', required: true },
    unit: { type: 'enum', required: true, values: ['Hour', 'Day', 'Week', 'Month', 'Year'] },
    quantity: { type: 'integer', min: 1 },
    tags: { type: 'string' },
    zOrder: { type: 'integer' },
    status: { type: 'enum', values: ['Active', 'Inactive'] },
    isDefault: { type: 'boolean' },
    description: { type: 'string' },
  },
  coupon: {
    name: { type: 'string', required: true },
    code: { type: 'string', required: true },
    startDate: { type: 'date', required: true },
    endDate: { type: 'date', required: true },
    percentage: { type: 'number', min: 0, max: 100 },
    quantity: { type: 'integer', min: 0 },
    autoApplyToPrice: { type: 'boolean' },
    description: { type: 'string' },
    tags: { type: 'string' },
    status: { type: 'enum', values: ['Active', 'Inactive', 'Expired', 'Deleted'] },
    testMode: { type: 'boolean' },
  },
  feature: {
    code: { type: 'string', required: true },
    name: { type: 'string', required: true },
    unit: { type: 'string' },
    defaultValue: { type: 'integer' },
    helpURL: { type: 'uri' },
    image: { type: 'uri' },
    styles: { type: 'string' },
    description: { type: 'string' },
    tags: { type: 'string' },
    zOrder: { type: 'integer' },
    status: { type: 'enum', values: ['Active', 'Inactive'] },
  },
  featureSetting: {
    type: { type: 'enum', required: true, values: ['Function', 'Limitation'] },
    title: { type: 'string' },
    value: { type: 'integer', min: 0 },
    isUnlimited: { type: 'boolean' },
    resetPolicy: { type: 'enum', values: ['Lifetime', 'Daily', 'Weekly', 'Monthly', 'Yearly', 'Custom'] },
    customIntervalDays: { type: 'integer', min: 1 },
  },
  calculateTotal: {
    priceId: { type: 'string', required: true },
    walletId: { type: 'string' },
    couponCode: { type: 'string' },
  },
  convert: {
    originalWalletId: { type: 'string', required: true },
    targetWalletId: { type: 'string', required: true },
    totalAmount: { type: 'number', required: true, above: 0 },
    fee: { type: 'number', min: 0 },
  },
  addMoneyQuery: {
    currencyCode: { type: 'currency', required: true },
    amount: { type: 'number', required: true, above: 0 },
    returnLink: { type: 'uri', required: true },
    cancelLink: { type: 'uri', required: true },
    testMode: { type: 'boolean' },
  },
};

/** Query parameters as typed values for validate(): numbers and booleans parsed, the rest strings. */
function queryObject(ctx, schema) {
  const out = {};
  for (const [field, rule] of Object.entries(schema)) {
    const v = queryValue(ctx.query, field, { caseInsensitive: true });
    if (v === undefined) continue;
    if (rule.type === 'number' || rule.type === 'integer') out[field] = v === '' ? v : Number.isNaN(Number(v)) ? v : Number(v);
    else if (rule.type === 'boolean') out[field] = /^true$/i.test(v) ? true : /^false$/i.test(v) ? false : v;
    else out[field] = v;
  }
  return out;
}

/** Indexed query lists (`name[0]=a&name[1]=b`, or `name=a&name=b`) in index order. */
function indexedQueryList(ctx, name) {
  const indexed = [];
  const plain = [];
  const pattern = new RegExp(`^${name}\\[(\\d+)\\]$`, 'i');
  for (const [key, value] of Object.entries(ctx.query)) {
    const m = pattern.exec(key);
    const values = [].concat(value);
    if (m) indexed.push(...values.map((v) => [Number(m[1]), v]));
    else if (key.toLowerCase() === name.toLowerCase() || key.toLowerCase() === `${name.toLowerCase()}[]`) plain.push(...values);
  }
  return [...indexed.sort((a, b) => a[0] - b[0]).map((e) => e[1]), ...plain].filter((v) => String(v).trim() !== '');
}

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

/** A feature as it is in a package: the feature's fields plus the link's settings. */
function presentPackageFeature(state, link) {
  const feature = state.features.get(link.featureId) || {};
  return {
    ...clone(feature),
    type: link.type,
    title: link.title ?? null,
    value: link.value ?? null,
    isUnlimited: !!link.isUnlimited,
    resetPolicy: link.resetPolicy ?? null,
    customIntervalDays: link.customIntervalDays ?? null,
  };
}

function presentPackage(state, pkg) {
  return {
    ...clone(pkg),
    features: state.packageFeatures.filter((l) => l.packageId === pkg.id).map((l) => presentPackageFeature(state, l)),
    prices: state.prices.filter((p) => p.packageId === pkg.id).map((p) => presentPrice(state, p)),
  };
}

function presentWallet(w) {
  const { userId, ...rest } = clone(w); // eslint-disable-line no-unused-vars
  return { ...rest, displayAmount: `${Number(w.amount).toFixed(2)} ${w.currencyCode}` };
}

function presentPayment(state, p) {
  const user = state.users.get(p.userId);
  const price = state.prices.get(p.priceId);
  const pkg = price ? state.packages.get(price.packageId) : undefined;
  return {
    ...clone(p),
    user: user ? { id: user.id, code: user.code, username: user.username, emailAddress: user.emailAddress } : null,
    price: price ? presentPrice(state, price) : null,
    package: pkg ? { id: pkg.id, code: pkg.code, name: pkg.name } : null,
  };
}

function presentInvoice(state, i) {
  const user = state.users.get(i.userId);
  const payment = i.paymentId ? state.payments.get(i.paymentId) : undefined;
  return {
    ...clone(i),
    user: user ? { id: user.id, code: user.code, username: user.username, emailAddress: user.emailAddress } : null,
    payment: payment ? clone(payment) : null,
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
  // test switch: a server that serves fewer per page than asked for (null by default: no cap)
  if (ctx.emu.maxPageSize && pageSize > ctx.emu.maxPageSize) pageSize = ctx.emu.maxPageSize;
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
    paged: false, // plain array in data, paged by pageNumber / pageSize (default 0 / 200) as the docs give them
    pagedArray: true,
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
  {
    path: 'coupons',
    collection: 'coupons',
    notFound: ['CouponNotFound', 'The coupon was not found.'],
    paged: true,
    filters: {
      contains: ['name', 'description', 'tags'],
      ci: ['code', 'status'],
      bool: { autoApplyToPrice: (r) => !!r.autoApplyToPrice, testMode: (r) => !!r.testMode },
      custom: { percentage: (r, v) => Number(r.percentage) === Number(v), quantity: (r, v) => Number(r.quantity) === Number(v) },
      keywords: ['name', 'code', 'description', 'tags'],
    },
    sort: ['id', 'createdDate', 'code', 'name'],
  },
  {
    path: 'features',
    collection: 'features',
    notFound: ['FeatureNotFound', 'The feature was not found.'],
    paged: true,
    filters: {
      contains: ['name', 'description', 'tags', 'notes'],
      ci: ['code', 'status'],
      keywords: ['name', 'code', 'description', 'tags'],
    },
    // packageId filter: features linked to the package
    linkFilter: true,
    sort: ['id', 'createdDate', 'zOrder'],
  },
  {
    path: 'payments',
    collection: 'payments',
    notFound: ['PaymentNotFound', 'The payment was not found.'],
    paged: true,
    filters: {
      exact: ['priceId', 'userId', 'appIntegrationPaymentGatewayId', 'referralUserCode'],
      ci: ['status', 'currencyCode', 'paymentType', 'code'],
      bool: { testMode: (r) => !!r.testMode },
      custom: {
        createdDateFrom: (r, v) => Date.parse(r.createdDate) >= Date.parse(v),
        createdDateTo: (r, v) => Date.parse(r.createdDate) < Date.parse(v),
      },
      keywords: ['code', 'name', 'description', 'invoiceNo'],
    },
    sort: ['id', 'createdDate'],
    present: presentPayment,
  },
  {
    path: 'invoices',
    collection: 'invoices',
    notFound: ['InvoiceNotFound', 'The invoice was not found.'],
    paged: true,
    // without userId, the current user's invoices
    currentUserDefault: true,
    filters: {
      exact: ['userId', 'packageId', 'subscriptionTypeId'],
      ci: ['type', 'status', 'code'],
      contains: ['name', 'description', 'notes', 'tags', 'deliveryInstructions'],
      bool: { testMode: (r) => !!r.testMode },
      custom: { reminderedCount: (r, v) => Number(r.reminderedCount) === Number(v) },
      keywords: ['code', 'name', 'description', 'notes', 'tags'],
    },
    sort: ['id', 'createdDate'],
    present: presentInvoice,
  },
];

function registerReadRoutes(router, res) {
  const base = `${API}/${res.path}`;
  const present = (state, rec) => (res.present ? res.present(state, rec) : clone(rec));
  router.get(
    base,
    (ctx) => {
      let items = applyFilters(ctx, ctx.state[res.collection].all(), res.filters);
      if (res.linkFilter && q(ctx, 'packageId')) {
        const linked = new Set(ctx.state.packageFeatures.filter((l) => l.packageId === q(ctx, 'packageId')).map((l) => l.featureId));
        items = items.filter((r) => linked.has(r.id));
      }
      if (res.currentUserDefault && !q(ctx, 'userId') && ctx.user) items = items.filter((r) => r.userId === ctx.user.id);
      items = applySort(ctx, items, res.sort);
      if (!res.paged && res.pagedArray && !ctx.emu.ignoreArrayPaging) {
        const { pageNumber, pageSize } = pageParams(ctx);
        const slice = items.slice(pageNumber * pageSize, pageNumber * pageSize + pageSize);
        if (ctx.emu.arrayListsAsPages) {
          return okEnv({ items: slice.map((r) => present(ctx.state, r)), totalItems: items.length, pageNumber, pageSize });
        }
        items = slice;
      }
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

/* ------------------------------------------------------------------------------------------------
 * Commerce routes: licenses, prices, packages + features, subscription types, payments, invoices,
 * coupons, wallets, features
 * ---------------------------------------------------------------------------------------------- */

const requireRecord = (collection, code, message) => (state, id) => {
  const rec = state[collection].get(id);
  if (!rec) throw fail(404, code, message);
  return rec;
};
const requireLicense = requireRecord('licenses', 'LicenseNotFound', 'The license was not found.');
const requirePrice = requireRecord('prices', 'PriceNotFound', 'The price was not found.');
const requireFeature = requireRecord('features', 'FeatureNotFound', 'The feature was not found.');
const requireCoupon = requireRecord('coupons', 'CouponNotFound', 'The coupon was not found.');
const requirePayment = requireRecord('payments', 'PaymentNotFound', 'The payment was not found.');
const requireInvoice = requireRecord('invoices', 'InvoiceNotFound', 'The invoice was not found.');

/** A wallet of the current user (other users' wallets do not exist for them). */
function requireWallet(ctx, id) {
  const w = ctx.state.wallets.get(id);
  if (!w || w.userId !== ctx.user.id) throw fail(404, 'WalletNotFound', 'The wallet was not found.');
  return w;
}

function requireOpenWallet(ctx, id) {
  const w = requireWallet(ctx, id);
  if (w.status !== 'Open') throw fail(400, 'WalletClosed', 'The wallet is closed.');
  return w;
}

function checkDateOrder(body, errors) {
  const start = parseIsoDate(body.startDate);
  const end = parseIsoDate(body.endDate);
  if (start && end && end.getTime() <= start.getTime()) {
    errors.push({ code: 'InvalidParameter', message: 'The endDate field must be later than the startDate field.' });
  }
  return errors;
}

/** USD value of one unit of each currency the emulator converts between. */
const USD_PER_UNIT = { USD: 1, EUR: 1.1, GBP: 1.25, JPY: 0.0067, VND: 0.00004 };
const convertAmount = (amount, from, to) => Math.round(((amount * (USD_PER_UNIT[from] ?? 1)) / (USD_PER_UNIT[to] ?? 1)) * 100) / 100;

function walletHistory(ctx, wallet, type, amount, extra = {}) {
  return ctx.state.walletHistories.insert(
    ctx.emu.build('walletHistories', { walletId: wallet.id, type, amount, currencyCode: wallet.currencyCode, status: 'Completed', ...extra }),
  );
}

/** Marks a license as used by a user, as the apply endpoints do. */
function applyLicense(ctx, code, user) {
  if (!code) throw fail(400, 'InvalidParameter', 'The licenseCode field is required.');
  const lic = ctx.state.licenses.find((l) => l.code === code);
  if (!lic) throw fail(404, 'LicenseNotFound', 'The license was not found.');
  if (lic.usedByUserId || lic.status === 'Used') throw fail(400, 'LicenseAlreadyUsed', 'The license has already been used.');
  if (lic.status !== 'Active') throw fail(400, 'LicenseInvalid', 'The license is invalid.');
  ctx.state.licenses.update(lic.id, { status: 'Used', usedByUserId: user.id, usedDate: jfwDate(), modifiedDate: jfwDate() });
  return okEnv(true);
}

function licensesFromBody(ctx, body, extra = {}) {
  const quantity = body.quantity ?? 1;
  const created = [];
  for (let i = 0; i < quantity; i++) {
    created.push(
      ctx.state.licenses.insert(
        ctx.emu.build('licenses', {
          packageId: body.packageId,
          subscriptionTypeId: body.subscriptionTypeId,
          amount: body.amount,
          currencyCode: String(body.currencyCode).toUpperCase(),
          startDate: body.startDate,
          endDate: body.endDate,
          description: body.description ?? null,
          tags: body.tags ?? null,
          testMode: body.testMode ?? false,
          createdByUserId: ctx.user.id,
          ...(body.code ? { code: body.code } : {}),
          ...extra,
        }),
      ),
    );
  }
  return created;
}

function checkLicenseCode(ctx, body, errors) {
  if (body.code && (body.quantity ?? 1) > 1) {
    errors.push({ code: 'InvalidParameter', message: 'The code field cannot be used when creating more than one license.' });
  }
  assertValid(errors);
  if (body.code && ctx.state.licenses.find((l) => l.code === body.code)) {
    throw fail(409, 'LicenseCodeAlreadyExists', `A license with the code ${body.code} already exists.`);
  }
}

/** Validates an array body of package↔feature links; `idField` is featureId or packageId. */
function linkEntries(ctx, idField) {
  if (!Array.isArray(ctx.body) || ctx.body.length === 0) {
    throw fail(400, 'InvalidParameter', 'The request body must be a non-empty array.');
  }
  const errors = [];
  ctx.body.forEach((entry, i) => {
    if (!isPlainObject(entry)) {
      errors.push({ code: 'InvalidParameter', message: `The item [${i}] must be an object.` });
      return;
    }
    for (const e of validate(entry, { [idField]: { type: 'string', required: true }, ...SCHEMAS.featureSetting })) {
      errors.push({ code: e.code, message: `[${i}] ${e.message}` });
    }
    if (entry.resetPolicy === 'Custom' && entry.customIntervalDays == null) {
      errors.push({ code: 'InvalidParameter', message: `[${i}] The customIntervalDays field is required when resetPolicy is Custom.` });
    }
  });
  assertValid(errors);
  return ctx.body;
}

const linkSettings = (entry) => ({
  type: entry.type,
  title: entry.title ?? null,
  value: entry.isUnlimited ? null : entry.value ?? null,
  isUnlimited: !!entry.isUnlimited,
  resetPolicy: entry.resetPolicy ?? null,
  customIntervalDays: entry.customIntervalDays ?? null,
});

function addLinks(ctx, pairs) {
  for (const [packageId, featureId, entry] of pairs) {
    requirePackage(ctx.state, packageId);
    requireFeature(ctx.state, featureId);
    if (ctx.state.packageFeatures.find((l) => l.packageId === packageId && l.featureId === featureId)) {
      throw fail(409, 'FeatureAlreadyInPackage', `The feature ${featureId} is already in the package ${packageId}.`);
    }
  }
  for (const [packageId, featureId, entry] of pairs) {
    ctx.state.packageFeatures.insert({ packageId, featureId, ...linkSettings(entry) });
  }
  return okEnv(true);
}

function removeLinks(ctx, match) {
  for (const link of ctx.state.packageFeatures.filter(match)) ctx.state.packageFeatures.remove(link.id);
  return okEnv(true);
}

/** Replaces a record from a validated body: fields not sent become null (PUT semantics). */
function replaceFrom(collection, existing, body, schema, defaults = {}) {
  const next = { id: existing.id, createdDate: existing.createdDate };
  for (const field of Object.keys(schema)) next[field] = body[field] ?? defaults[field] ?? null;
  return collection.replace(existing.id, { ...existing, ...next, modifiedDate: jfwDate() });
}

const INVOICE_PDF = (invoice) =>
  Buffer.concat([
    Buffer.from('%PDF-1.4\n%', 'latin1'),
    Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0xff, 0x80]),
    Buffer.from(`1 0 obj << /Title (Invoice ${invoice.code}) >> endobj\n%%EOF\n`, 'latin1'),
  ]);

function registerSpecificReads(router) {
  /* ---- licenses ---- */
  router.get(`${API}/licenses/check`, (ctx) => {
    const code = q(ctx, 'licenseCode');
    if (!code) throw fail(400, 'InvalidParameter', 'The licenseCode field is required.');
    const lic = ctx.state.licenses.find((l) => l.code === code);
    return okEnv(!!lic && lic.status === 'Active' && !lic.usedByUserId);
  });

  router.get(`${API}/licenses/generate-code`, (ctx) => {
    const errors = validate(queryObject(ctx, { packageId: { type: 'string' }, subscriptionTypeId: { type: 'string' }, startDate: { type: 'date' } }), {
      packageId: { type: 'string', required: true },
      subscriptionTypeId: { type: 'string', required: true },
      startDate: { type: 'date' },
    });
    assertValid(errors);
    const pkg = requirePackage(ctx.state, q(ctx, 'packageId'));
    requireSubscriptionType(ctx.state, q(ctx, 'subscriptionTypeId'));
    return okEnv(`${String(pkg.code).toUpperCase()}-${licenseCode()}`);
  });

  router.get(`${API}/licenses/count`, (ctx) =>
    okEnv({ countSuccess: ctx.state.licenses.filter((l) => (l.createdByUserId ?? JFW_IDS.userOwner) === ctx.user.id).length }),
  );

  router.get(`${API}/licenses/statistics/monthly`, (ctx) => {
    const errors = validate(queryObject(ctx, { type: { type: 'string' }, status: { type: 'string' } }), {
      type: { type: 'enum', values: ['Normal', 'Refunded', 'Prepaid', 'Postpaid', 'MailDelivery'] },
      status: { type: 'enum', values: ['NotStarted', 'Expired', 'Inactive', 'Active', 'Used'] },
    });
    assertValid(errors);
    const licenses = applyFilters(ctx, ctx.state.licenses.all(), { exact: ['packageId', 'subscriptionTypeId'], ci: ['type', 'status'] });
    const byDay = new Map();
    for (const l of licenses) {
      const day = String(l.createdDate).slice(0, 10);
      const key = `${l.packageId}|${l.subscriptionTypeId}`;
      if (!byDay.has(day)) byDay.set(day, new Map());
      const groups = byDay.get(day);
      if (!groups.has(key)) {
        groups.set(key, {
          packageId: l.packageId,
          subscriptionTypeId: l.subscriptionTypeId,
          totalLicenses: 0,
          totalAmount: 0,
          currency: l.currencyCode ?? null,
          usedLicenses: 0,
          unusedLicenses: 0,
          activeLicenses: 0,
          expiredLicenses: 0,
          inactiveLicenses: 0,
          notStartedLicenses: 0,
        });
      }
      const g = groups.get(key);
      g.totalLicenses += 1;
      g.totalAmount += Number(l.amount) || 0;
      if (l.usedByUserId || l.status === 'Used') g.usedLicenses += 1;
      else g.unusedLicenses += 1;
      if (l.status === 'Active') g.activeLicenses += 1;
      if (l.status === 'Expired') g.expiredLicenses += 1;
      if (l.status === 'Inactive') g.inactiveLicenses += 1;
      if (l.status === 'NotStarted') g.notStartedLicenses += 1;
    }
    const totalLimit = 1000;
    return okEnv({
      totalRemaining: totalLimit - ctx.state.licenses.size,
      totalLimit,
      totalLicenses: licenses.length,
      days: [...byDay.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([date, groups]) => ({ date, items: [...groups.values()] })),
    });
  });

  /* ---- payments ---- */
  router.get(`${API}/payments/dashboard`, (ctx) => {
    const testMode = parseBoolQuery(q(ctx, 'testMode')) ?? false;
    const done = ctx.state.payments.filter((p) => p.status === 'Completed' && !!p.testMode === testMode);
    const today = new Date().toISOString().slice(0, 10);
    const daily = done.filter((p) => String(p.paymentDate ?? p.createdDate).slice(0, 10) === today);
    const sum = (list) => Math.round(list.reduce((t, p) => t + Number(p.amountGross || 0), 0) * 100) / 100;
    return okEnv({ totalSells: done.length, totalRevenue: sum(done), dailySells: daily.length, dailyRevenue: sum(daily) });
  });

  /* ---- wallets (the current user's; no get-by-id) ---- */
  router.get(`${API}/wallets`, (ctx) => {
    let wallets = ctx.state.wallets.filter((w) => w.userId === ctx.user.id);
    wallets = applyFilters(ctx, wallets, { ci: ['currencyCode', 'status'], bool: { testMode: (r) => !!r.testMode } });
    return okEnv(wallets.map(presentWallet));
  });

  router.get(`${API}/wallets/:id/histories`, (ctx) => {
    const wallet = requireWallet(ctx, ctx.params.id);
    let items = ctx.state.walletHistories.filter((h) => h.walletId === wallet.id);
    items = applyFilters(ctx, items, { exact: ['refId'], ci: ['code', 'refObject', 'type', 'status'], contains: ['tags'] });
    const { pageNumber, pageSize } = pageParams(ctx);
    return okEnv({ items: clone(items.slice(pageNumber * pageSize, pageNumber * pageSize + pageSize)), totalItems: items.length, pageNumber, pageSize });
  });

  /* ---- package / feature links ---- */
  router.get(`${API}/packages/:packageId/features`, (ctx) => {
    requirePackage(ctx.state, ctx.params.packageId);
    return okEnv(ctx.state.packageFeatures.filter((l) => l.packageId === ctx.params.packageId).map((l) => presentPackageFeature(ctx.state, l)));
  });

  router.get(`${API}/features/:featureId/packages`, (ctx) => {
    requireFeature(ctx.state, ctx.params.featureId);
    return okEnv(
      ctx.state.packageFeatures
        .filter((l) => l.featureId === ctx.params.featureId)
        .map((l) => {
          const pkg = ctx.state.packages.get(l.packageId) || {};
          return { id: pkg.id, code: pkg.code, name: pkg.name, status: pkg.status, ...linkSettings(l) };
        }),
    );
  });
}

function registerCommerceWrites(router) {
  /* ---- licenses ---- */
  router.post(`${API}/licenses`, (ctx) => {
    const body = requireBody(ctx);
    const errors = checkDateOrder(body, validate(body, SCHEMAS.licenseCreate));
    checkLicenseCode(ctx, body, errors);
    requirePackage(ctx.state, body.packageId);
    requireSubscriptionType(ctx.state, body.subscriptionTypeId);
    return okEnv({ countSuccess: licensesFromBody(ctx, body).length });
  });

  router.put(`${API}/licenses/:id`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(checkDateOrder(body, validate(body, SCHEMAS.licenseUpdate)));
    const existing = requireLicense(ctx.state, ctx.params.id);
    requirePackage(ctx.state, body.packageId);
    requireSubscriptionType(ctx.state, body.subscriptionTypeId);
    const rec = replaceFrom(ctx.state.licenses, existing, { ...body, currencyCode: String(body.currencyCode).toUpperCase() }, SCHEMAS.licenseUpdate);
    return okEnv(clone(rec));
  });

  router.delete(`${API}/licenses/:id`, (ctx) => {
    requireLicense(ctx.state, ctx.params.id);
    ctx.state.licenses.remove(ctx.params.id);
    return okEnv(true);
  });

  router.put(`${API}/licenses/:id/activate`, (ctx) => {
    const lic = requireLicense(ctx.state, ctx.params.id);
    if (lic.status === 'Used' || lic.usedByUserId) return okEnv(clone(lic));
    const now = Date.now();
    const patch = { status: 'Active', modifiedDate: jfwDate() };
    if (!lic.startDate || Date.parse(lic.startDate) > now) patch.startDate = jfwDate(new Date(now - 60000));
    if (!lic.endDate || Date.parse(lic.endDate) <= now) patch.endDate = jfwDate(new Date(now + 30 * 86400000));
    return okEnv(clone(ctx.state.licenses.update(lic.id, patch)));
  });

  router.put(`${API}/licenses/:id/deactivate`, (ctx) => {
    const lic = requireLicense(ctx.state, ctx.params.id);
    if (lic.status === 'Used') throw fail(400, 'LicenseAlreadyUsed', 'A used license cannot be deactivated.');
    return okEnv(clone(ctx.state.licenses.update(lic.id, { status: 'Inactive', modifiedDate: jfwDate() })));
  });

  router.post(`${API}/licenses/apply`, (ctx) => applyLicense(ctx, q(ctx, 'licenseCode'), ctx.user));

  router.post(`${API}/licenses/apply-to-login-name`, (ctx) => {
    const loginName = q(ctx, 'loginName');
    if (!q(ctx, 'licenseCode') || !loginName) {
      assertValid(validate(queryObject(ctx, { licenseCode: {}, loginName: {} }), { licenseCode: { type: 'string', required: true }, loginName: { type: 'string', required: true } }));
    }
    const user = ctx.state.users.find((u) => u.username === loginName || u.emailAddress === loginName);
    if (!user) throw fail(404, 'UserNotFound', 'The user was not found.');
    return applyLicense(ctx, q(ctx, 'licenseCode'), user);
  });

  router.post(`${API}/licenses/apply-to-user`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.applyToUser));
    const user = ctx.state.users.get(body.userId);
    if (!user) throw fail(404, 'UserNotFound', 'The user was not found.');
    return applyLicense(ctx, body.licenseCode, user);
  });

  router.post(`${API}/licenses/purchase/wallet`, (ctx) => {
    const body = requireBody(ctx);
    const walletId = q(ctx, 'walletId');
    const errors = checkDateOrder(body, validate(body, SCHEMAS.licenseWalletPurchase));
    if (!walletId) errors.push({ code: 'InvalidParameter', message: 'The walletId field is required.' });
    checkLicenseCode(ctx, body, errors);
    requirePackage(ctx.state, body.packageId);
    requireSubscriptionType(ctx.state, body.subscriptionTypeId);
    const wallet = requireOpenWallet(ctx, walletId);
    if (String(body.currencyCode).toUpperCase() !== wallet.currencyCode) {
      throw fail(400, 'CurrencyMismatch', `The wallet holds ${wallet.currencyCode}, not ${body.currencyCode}.`);
    }
    const total = Math.round(body.amount * (body.quantity ?? 1) * 100) / 100;
    if (wallet.amount < total) throw fail(400, 'InsufficientBalance', 'The wallet balance is not enough.');
    ctx.state.wallets.update(wallet.id, { amount: Math.round((wallet.amount - total) * 100) / 100 });
    const history = walletHistory(ctx, wallet, 'LicensePurchase', -total, { refObject: 'License' });
    licensesFromBody(ctx, body, { type: body.type ?? 'Normal' });
    return okEnv(history.code);
  });

  /* ---- prices ---- */
  router.post(`${API}/prices/:priceId/generate-checkout-link`, (ctx) => {
    const appIntegrationId = q(ctx, 'appIntegrationId');
    if (!appIntegrationId) throw fail(400, 'InvalidParameter', 'The appIntegrationId field is required.');
    const price = requirePrice(ctx.state, ctx.params.priceId);
    return okEnv(`https://checkout.example.test/prices/${encodeURIComponent(price.id)}?order=${checkoutOrderId()}&app=${encodeURIComponent(appIntegrationId)}`);
  });

  /* ---- packages ---- */
  router.put(`${API}/packages/:id`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.package));
    const existing = requirePackage(ctx.state, ctx.params.id);
    if (ctx.state.packages.find((p) => p.code === body.code && p.id !== existing.id)) {
      throw fail(409, 'PackageCodeAlreadyExists', `A package with the code ${body.code} already exists.`);
    }
    const rec = replaceFrom(ctx.state.packages, existing, body, SCHEMAS.package, { zOrder: 1, isDefault: false, isFree: false, status: 'Active' });
    return okEnv(presentPackage(ctx.state, rec));
  });

  router.delete(`${API}/packages/:id`, (ctx) => {
    requirePackage(ctx.state, ctx.params.id);
    ctx.state.packages.remove(ctx.params.id);
    for (const l of ctx.state.packageFeatures.filter((x) => x.packageId === ctx.params.id)) ctx.state.packageFeatures.remove(l.id);
    return okEnv(true);
  });

  router.post(`${API}/packages/:packageId/features`, (ctx) => {
    requirePackage(ctx.state, ctx.params.packageId);
    return addLinks(ctx, linkEntries(ctx, 'featureId').map((e) => [ctx.params.packageId, e.featureId, e]));
  });

  router.put(`${API}/packages/:packageId/features/:featureId`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.featureSetting));
    requirePackage(ctx.state, ctx.params.packageId);
    const link = ctx.state.packageFeatures.find((l) => l.packageId === ctx.params.packageId && l.featureId === ctx.params.featureId);
    if (!link) throw fail(404, 'PackageFeatureNotFound', 'The feature is not in the package.');
    ctx.state.packageFeatures.replace(link.id, { id: link.id, packageId: link.packageId, featureId: link.featureId, ...linkSettings(body) });
    return okEnv(true);
  });

  router.delete(`${API}/packages/:packageId/features`, (ctx) => {
    requirePackage(ctx.state, ctx.params.packageId);
    const ids = indexedQueryList(ctx, 'featureIds');
    if (!ids.length) throw fail(400, 'InvalidParameter', 'The featureIds field is required.');
    return removeLinks(ctx, (l) => l.packageId === ctx.params.packageId && ids.includes(l.featureId));
  });

  router.post(`${API}/packages/:packageId/calculate-total-price-checkout`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.calculateTotal));
    const pkg = requirePackage(ctx.state, ctx.params.packageId);
    const price = ctx.state.prices.get(body.priceId);
    if (!price || price.packageId !== pkg.id) {
      throw fail(400, 'PriceNotInPackage', `The price ${body.priceId} does not belong to the package ${pkg.id}.`);
    }
    let subtotal = Number(price.amount);
    if (body.couponCode) {
      const coupon = ctx.state.coupons.find((c) => c.code === body.couponCode);
      if (!coupon || coupon.status !== 'Active') throw fail(404, 'CouponNotFound', 'The coupon was not found.');
      subtotal = Math.round(subtotal * (100 - Number(coupon.percentage || 0))) / 100;
    }
    let walletUsed = 0;
    if (body.walletId) {
      const wallet = requireOpenWallet(ctx, body.walletId);
      walletUsed = Math.min(wallet.currencyCode === price.currency ? wallet.amount : 0, subtotal);
    }
    return okEnv({
      walletUsed,
      refundAmountWallet: 0,
      prorateAmount: 0,
      subtotal,
      tax: { percent: 0, amount: 0 },
      total: Math.round((subtotal - walletUsed) * 100) / 100,
      currency: price.currency,
    });
  });

  /* ---- subscription types ---- */
  router.post(`${API}/subscription-types`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.subscriptionType));
    const rec = ctx.state.subscriptionTypes.insert(ctx.emu.build('subscriptionTypes', body));
    return okEnv(clone(rec));
  });

  router.put(`${API}/subscription-types/:id`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.subscriptionType));
    const existing = requireSubscriptionType(ctx.state, ctx.params.id);
    const rec = replaceFrom(ctx.state.subscriptionTypes, existing, body, SCHEMAS.subscriptionType, { zOrder: 1, isDefault: false, status: 'Active' });
    return okEnv(clone(rec));
  });

  router.delete(`${API}/subscription-types/:id`, (ctx) => {
    requireSubscriptionType(ctx.state, ctx.params.id);
    ctx.state.subscriptionTypes.remove(ctx.params.id);
    return okEnv(true);
  });

  /* ---- payments ---- */
  router.post(`${API}/payments/:id/generate-checkout-link`, (ctx) => {
    const payment = requirePayment(ctx.state, ctx.params.id);
    if (payment.status === 'Completed') throw fail(400, 'PaymentAlreadyCompleted', 'The payment has already been completed.');
    const app = q(ctx, 'appIntegrationId');
    return okEnv({ checkoutLink: `https://checkout.example.test/payments/${encodeURIComponent(payment.code)}${app ? `?app=${encodeURIComponent(app)}` : ''}` });
  });

  /* ---- invoices ---- */
  router.delete(`${API}/invoices/:id`, (ctx) => {
    requireInvoice(ctx.state, ctx.params.id);
    ctx.state.invoices.remove(ctx.params.id);
    return okEnv(true);
  });

  router.post(`${API}/invoices/:id/download`, (ctx) => {
    const invoice = requireInvoice(ctx.state, ctx.params.id);
    return {
      status: 200,
      headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${invoice.code}.pdf"` },
      body: INVOICE_PDF(invoice),
    };
  });

  /* ---- coupons ---- */
  router.post(`${API}/coupons`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(checkDateOrder(body, validate(body, SCHEMAS.coupon)));
    if (ctx.state.coupons.find((c) => c.code === body.code)) throw fail(409, 'CouponCodeAlreadyExists', `A coupon with the code ${body.code} already exists.`);
    return okEnv(clone(ctx.state.coupons.insert(ctx.emu.build('coupons', body))));
  });

  router.put(`${API}/coupons/:id`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(checkDateOrder(body, validate(body, SCHEMAS.coupon)));
    const existing = requireCoupon(ctx.state, ctx.params.id);
    if (ctx.state.coupons.find((c) => c.code === body.code && c.id !== existing.id)) {
      throw fail(409, 'CouponCodeAlreadyExists', `A coupon with the code ${body.code} already exists.`);
    }
    const rec = replaceFrom(ctx.state.coupons, existing, body, SCHEMAS.coupon, { autoApplyToPrice: false, testMode: false, status: 'Active' });
    return okEnv(clone(rec));
  });

  router.delete(`${API}/coupons/:id`, (ctx) => {
    requireCoupon(ctx.state, ctx.params.id);
    ctx.state.coupons.remove(ctx.params.id);
    return okEnv(true);
  });

  /* ---- wallets ---- */
  router.post(`${API}/wallets/convert`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.convert));
    if (body.originalWalletId === body.targetWalletId) throw fail(400, 'InvalidParameter', 'The original and target wallets must differ.');
    const from = requireOpenWallet(ctx, body.originalWalletId);
    const to = requireOpenWallet(ctx, body.targetWalletId);
    const fee = body.fee ?? 0;
    if (from.amount < body.totalAmount + fee) throw fail(400, 'InsufficientBalance', 'The wallet balance is not enough.');
    const received = convertAmount(body.totalAmount, from.currencyCode, to.currencyCode);
    ctx.state.wallets.update(from.id, { amount: Math.round((from.amount - body.totalAmount - fee) * 100) / 100 });
    ctx.state.wallets.update(to.id, { amount: Math.round((to.amount + received) * 100) / 100 });
    walletHistory(ctx, from, 'WalletConvert', -(body.totalAmount + fee), { refId: to.id, refObject: 'Wallet' });
    walletHistory(ctx, to, 'WalletConvert', received, { refId: from.id, refObject: 'Wallet' });
    return okEnv(true);
  });

  router.post(`${API}/wallets/add-money/checkout-link`, (ctx) => {
    const query = queryObject(ctx, SCHEMAS.addMoneyQuery);
    assertValid(validate(query, SCHEMAS.addMoneyQuery));
    return okEnv(
      `https://checkout.example.test/wallets/add-money?order=${checkoutOrderId()}&amount=${query.amount}&currency=${String(query.currencyCode).toUpperCase()}`,
    );
  });

  router.post(`${API}/wallets/:currencyCode`, (ctx) => {
    const currency = String(ctx.params.currencyCode).toUpperCase();
    if (!ISO_4217.has(currency)) throw fail(400, 'InvalidParameter', 'The currencyCode field must be a valid ISO 4217 currency code.');
    const testMode = parseBoolQuery(q(ctx, 'testMode')) ?? false;
    const mine = ctx.state.wallets.filter((w) => w.userId === ctx.user.id && !!w.testMode === testMode);
    if (mine.some((w) => w.currencyCode === currency && w.status === 'Open')) {
      throw fail(409, 'WalletAlreadyExists', `The user already has a ${currency} wallet.`);
    }
    const rec = ctx.state.wallets.insert(ctx.emu.build('wallets', { userId: ctx.user.id, currencyCode: currency, testMode, isDefault: true }));
    return okEnv(presentWallet(rec));
  });

  router.put(`${API}/wallets/:id/close`, (ctx) => {
    const wallet = requireWallet(ctx, ctx.params.id);
    if (wallet.status !== 'Open') throw fail(400, 'WalletClosed', 'The wallet is already closed.');
    ctx.state.wallets.update(wallet.id, { status: 'Closed' });
    return okEnv(true);
  });

  router.post(`${API}/wallets/:walletId/apply-redeem/:redeemCode`, (ctx) => {
    const wallet = requireOpenWallet(ctx, ctx.params.walletId);
    const code = ctx.state.redeemCodes.get(ctx.params.redeemCode);
    if (!code) throw fail(404, 'RedeemCodeNotFound', 'The redeem code was not found.');
    if (code.used) throw fail(400, 'RedeemCodeAlreadyUsed', 'The redeem code has already been used.');
    const credit = convertAmount(code.amount, code.currencyCode, wallet.currencyCode);
    ctx.state.redeemCodes.update(code.id, { used: true, walletId: wallet.id });
    ctx.state.wallets.update(wallet.id, { amount: Math.round((wallet.amount + credit) * 100) / 100 });
    walletHistory(ctx, wallet, 'WalletRedeem', credit, { refId: code.id, refObject: 'RedeemCode' });
    return okEnv(true);
  });

  /* ---- features ---- */
  router.post(`${API}/features`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.feature));
    if (ctx.state.features.find((f) => f.code === body.code)) throw fail(409, 'FeatureCodeAlreadyExists', `A feature with the code ${body.code} already exists.`);
    return okEnv(clone(ctx.state.features.insert(ctx.emu.build('features', body))));
  });

  router.put(`${API}/features/:id`, (ctx) => {
    const body = requireBody(ctx);
    assertValid(validate(body, SCHEMAS.feature));
    const existing = requireFeature(ctx.state, ctx.params.id);
    if (ctx.state.features.find((f) => f.code === body.code && f.id !== existing.id)) {
      throw fail(409, 'FeatureCodeAlreadyExists', `A feature with the code ${body.code} already exists.`);
    }
    return okEnv(clone(replaceFrom(ctx.state.features, existing, body, SCHEMAS.feature, { zOrder: 1, status: 'Active' })));
  });

  router.delete(`${API}/features/:id`, (ctx) => {
    requireFeature(ctx.state, ctx.params.id);
    ctx.state.features.remove(ctx.params.id);
    for (const l of ctx.state.packageFeatures.filter((x) => x.featureId === ctx.params.id)) ctx.state.packageFeatures.remove(l.id);
    return okEnv(true);
  });

  router.post(`${API}/features/:featureId/packages`, (ctx) => {
    requireFeature(ctx.state, ctx.params.featureId);
    return addLinks(ctx, linkEntries(ctx, 'packageId').map((e) => [e.packageId, ctx.params.featureId, e]));
  });

  router.delete(`${API}/features/:featureId/packages`, (ctx) => {
    requireFeature(ctx.state, ctx.params.featureId);
    const ids = indexedQueryList(ctx, 'packageIds');
    if (!ids.length) throw fail(400, 'InvalidParameter', 'The packageIds field is required.');
    return removeLinks(ctx, (l) => l.featureId === ctx.params.featureId && ids.includes(l.packageId));
  });
}

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

  /* ---- commerce routes whose paths would otherwise match the generic /:id routes ---- */
  registerSpecificReads(router);

  /* ---- generic read routes ---- */
  for (const res of RESOURCES) registerReadRoutes(router, res);

  /* ---- the rest of the commerce surface ---- */
  registerCommerceWrites(router);

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
      {
        id: I.userBuyer,
        code: 'BUYER0001',
        username: 'buyer',
        emailAddress: 'buyer@example.com',
        firstName: 'Bea',
        lastName: 'Buyer',
        status: 'Active',
        createdDate: SEED_DATE,
        password: 'buyer-password',
      },
    ],
    features: [
      { id: I.featureProjects, code: 'max-projects', name: 'Projects', unit: 'projects', defaultValue: 1, zOrder: 1, createdDate: SEED_DATE },
      { id: I.featureStorage, code: 'storage', name: 'Storage', unit: 'GB', defaultValue: 5, zOrder: 2, createdDate: SEED_DATE },
    ],
    packageFeatures: [
      { packageId: I.pkgBasic, featureId: I.featureProjects, type: 'Limitation', title: '3 projects', value: 3, isUnlimited: false, resetPolicy: 'Lifetime' },
      { packageId: I.pkgPro, featureId: I.featureProjects, type: 'Limitation', title: 'Unlimited projects', value: null, isUnlimited: true, resetPolicy: 'Lifetime' },
      { packageId: I.pkgPro, featureId: I.featureStorage, type: 'Function', title: 'Storage', value: null, isUnlimited: false, resetPolicy: null },
    ],
    coupons: [
      { id: I.couponSpring, code: 'SPRING20', name: 'Spring sale', percentage: 20, quantity: 100, startDate: '2025-03-01T00:00:00+00:00', endDate: '2099-06-01T00:00:00+00:00', createdDate: SEED_DATE },
      { id: I.couponExpired, code: 'OLD10', name: 'Old promotion', percentage: 10, quantity: 5, status: 'Expired', startDate: '2024-01-01T00:00:00+00:00', endDate: '2024-02-01T00:00:00+00:00', createdDate: SEED_DATE },
    ],
    wallets: [
      { id: I.walletUsd, userId: I.userOwner, code: 'WUSD0001', amount: 100, currencyCode: 'USD', isDefault: true, createdDate: SEED_DATE },
      { id: I.walletEur, userId: I.userOwner, code: 'WEUR0001', amount: 50, currencyCode: 'EUR', isDefault: true, createdDate: SEED_DATE },
    ],
    walletHistories: [
      { walletId: I.walletUsd, type: 'WalletAddMoney', amount: 100, currencyCode: 'USD', status: 'Completed', createdDate: SEED_DATE },
    ],
    redeemCodes: [
      { id: 'GIFT-1234', amount: 25, currencyCode: 'USD', used: false },
      { id: 'USED-0000', amount: 10, currencyCode: 'USD', used: true },
    ],
    payments: [
      { id: I.paymentCompleted, code: 'PAY-0001', name: 'Basic Monthly', priceId: I.priceBasicMonthly, userId: I.userOwner, amountGross: 9.99, amountFee: 0.59, amountNet: 9.4, amount: 9.99, status: 'Completed', paymentDate: SEED_DATE, createdDate: SEED_DATE, invoiceNo: 'INV-0001' },
      { id: I.paymentPending, code: 'PAY-0002', name: 'Pro Monthly', priceId: I.priceProMonthly, userId: I.userOwner, amountGross: 29, amountFee: 1.2, amountNet: 27.8, amount: 29, status: 'Pending', paymentDate: null, createdDate: '2025-02-01T00:00:00+00:00' },
    ],
    invoices: [
      { id: I.invoicePaid, code: 'INV-0001', userId: I.userOwner, paymentId: I.paymentCompleted, packageId: I.pkgBasic, subscriptionTypeId: I.stMonthly, status: 'Paid', subtotalAmount: 9.99, totalAmount: 9.99, amountPaid: 9.99, amountDue: 0, createdDate: SEED_DATE },
      { id: I.invoiceUnpaid, code: 'INV-0002', userId: I.userOwner, paymentId: I.paymentPending, packageId: I.pkgPro, subscriptionTypeId: I.stMonthly, status: 'Unpaid', subtotalAmount: 29, totalAmount: 29, amountPaid: 0, amountDue: 29, createdDate: '2025-02-01T00:00:00+00:00' },
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
  coupons: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    modifiedDate: null,
    code: `COUPON${i + 1}`,
    name: `Coupon ${i + 1}`,
    description: null,
    tags: null,
    percentage: 10,
    quantity: null,
    startDate: '2025-01-01T00:00:00+00:00',
    endDate: '2099-01-01T00:00:00+00:00',
    autoApplyToPrice: false,
    status: 'Active',
    testMode: false,
    ...p,
  }),
  features: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    code: `feature-${i + 1}`,
    name: `Feature ${i + 1}`,
    unit: null,
    defaultValue: null,
    helpURL: null,
    image: null,
    styles: null,
    description: null,
    tags: null,
    zOrder: 1,
    status: 'Active',
    ...p,
  }),
  packageFeatures: (p) => ({ type: 'Function', title: null, value: null, isUnlimited: false, resetPolicy: null, customIntervalDays: null, ...p }),
  wallets: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    userId: JFW_IDS.userOwner,
    code: `W${String(i + 1).padStart(7, '0')}`,
    amount: 0,
    currencyCode: 'USD',
    isDefault: false,
    tags: null,
    status: 'Open',
    testMode: false,
    ...p,
  }),
  walletHistories: (p) => ({
    id: p.id,
    createdDate: jfwDate(),
    code: `WH-${randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
    walletId: JFW_IDS.walletUsd,
    type: 'Payment',
    amount: 0,
    currencyCode: 'USD',
    status: 'Completed',
    refObject: null,
    refId: null,
    tags: null,
    ...p,
  }),
  redeemCodes: (p) => ({ amount: 10, currencyCode: 'USD', used: false, ...p }),
  payments: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    code: `PAY-${String(i + 1).padStart(6, '0')}`,
    name: `Payment ${i + 1}`,
    priceId: JFW_IDS.priceBasicMonthly,
    userId: JFW_IDS.userOwner,
    appIntegrationPaymentGatewayId: null,
    referralUserCode: null,
    amountGross: 9.99,
    amountFee: 0.5,
    amountNet: 9.49,
    amount: 9.99,
    commission: null,
    currencyCode: 'USD',
    description: null,
    invoiceNo: null,
    paymentType: 'Checkout',
    notes: null,
    status: 'Completed',
    paymentDate: jfwDate(),
    testMode: false,
    ...p,
  }),
  invoices: (p, i) => ({
    id: p.id,
    createdDate: jfwDate(),
    code: `INV-${String(i + 1).padStart(6, '0')}`,
    name: null,
    type: 'Post',
    userId: JFW_IDS.userOwner,
    paymentId: null,
    packageId: JFW_IDS.pkgBasic,
    subscriptionTypeId: JFW_IDS.stMonthly,
    subtotalAmount: 9.99,
    discountAmount: null,
    taxAmount: null,
    totalAmount: 9.99,
    amountPaid: 0,
    amountDue: 9.99,
    currencyCode: 'USD',
    description: null,
    notes: null,
    tags: null,
    reminderedCount: 0,
    deliveryInstructions: null,
    invoiceDate: jfwDate(),
    overdueDate: null,
    status: 'Unpaid',
    testMode: false,
    items: [],
    ...p,
  }),
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
 *           authKeyTtlMs, latencyMs, rateLimit, port, host, data ({ licenses: [...] } extra defaults),
 *           sandbox (the default data made current and filled out: sandbox/jframework.js)
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
        features: new Collection('features'),
        packageFeatures: new Collection('packageFeatures'),
        coupons: new Collection('coupons'),
        wallets: new Collection('wallets'),
        walletHistories: new Collection('walletHistories'),
        redeemCodes: new Collection('redeemCodes'),
        payments: new Collection('payments'),
        invoices: new Collection('invoices'),
      };
    },
    onReset(emu) {
      emu.authRequests = [];
      emu.refreshRequests = [];
      emu.maxPageSize = null;
      // test switch: plain-array lists that take pageNumber / pageSize (prices) answer the whole list at once
      emu.ignoreArrayPaging = false;
      // test switch: the same lists answer a page object { items, totalItems, pageNumber, pageSize }
      emu.arrayListsAsPages = false;
      emu.keys = {
        auth: new Map([[cfg.authKey, { userId: JFW_IDS.userOwner, expiresAt: Infinity, preIssued: true }]]),
        refresh: new Map(),
      };
    },
    seedDefaults(emu) {
      const data = defaultData(cfg);
      if (options.sandbox) require('./sandbox/jframework').applyJFrameworkSandbox(data);
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

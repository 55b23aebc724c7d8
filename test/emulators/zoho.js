'use strict';
/*
 * Zoho Billing emulator (API v1 under /billing/v1, OAuth under /oauth/v2).
 *
 * Modules are table-driven: add an entry to MODULES (collection, id field, singular/plural keys,
 * fields, required fields, status filter, actions) and registerModule() creates
 * list / create / retrieve / update / delete / action routes for it.
 */

const {
  Router,
  Collection,
  HttpError,
  RateLimiter,
  createEmulator,
  randomHex,
  clone,
  isPlainObject,
  queryInt,
  queryValue,
} = require('./common');

const API = '/billing/v1';

const ZOHO_DEFAULTS = Object.freeze({
  clientId: 'zoho-client-id',
  clientSecret: 'zoho-client-secret',
  refreshToken: 'zoho-refresh-token',
  accessToken: 'zoho-access-token',
  grantCode: 'test-grant-code',
  organizationId: '10234695',
  organizationName: 'Zillum Inc',
  tokenTtlMs: 3600 * 1000,
  firstProductId: '903000000045027',
});

/* ------------------------------------------------------------------------------------------------
 * Zoho-style helpers
 * ---------------------------------------------------------------------------------------------- */

const pad = (n) => String(n).padStart(2, '0');

/** Zoho time format, e.g. 2016-06-05T17:38:06-0700 (offset in minutes, default -420 = -0700). */
function zohoTime(date = new Date(), offsetMinutes = -420) {
  const shifted = new Date(date.getTime() + offsetMinutes * 60000);
  const base = shifted.toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${base}${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function zohoDate(date = new Date(), offsetMinutes = -420) {
  return zohoTime(date, offsetMinutes).slice(0, 10);
}

const ok = (extra, message = 'success', status = 200) => ({ status, body: { code: 0, message, ...extra } });
const zerr = (status, code, message, headers) => ({ status, body: { code, message }, headers });
const fail = (status, code, message) => new HttpError(zerr(status, code, message));

const newZohoToken = () => `1000.${randomHex(16)}.${randomHex(16)}`;

/* ------------------------------------------------------------------------------------------------
 * Module table
 * ---------------------------------------------------------------------------------------------- */

/**
 * Module config:
 *  collection       state key (Collection)
 *  path             URL segment under /billing/v1
 *  idField          primary key in the record and in the URL (e.g. product_id, plan_code)
 *  idFromBody       true when the client chooses the id (plans/addons/coupons are keyed by code)
 *  singular/plural  response keys
 *  reportName       page_context.report_name
 *  fields           writable fields (others in the body are ignored)
 *  required         required on create; updateRequired on PUT
 *  defaults         initial values on create
 *  statusFilter     { prefix: 'ProductStatus', values: { All: null, ACTIVE: rec => bool, ... } }
 *  queryFilters     extra exact-match query keys on list (e.g. product_id)
 *  messages         { created, updated, deleted }
 *  notFound         { code, message }
 *  actions          [{ path, set, message, returnRecord }]
 *  sample(i)        partial record used by seed(name, N)
 */
const path = require('path');
const fs = require('fs');

/**
 * Modules live one file per Zoho module in ./zoho/*.js, each exporting
 *   { modules?: [module config...], routes?: (router, kit) => void, collections?: [{ name, idField }] }
 * `modules` get the generic CRUD + list + actions routes; `routes` add anything else (actions
 * with side effects, sub-resources, documents). `kit` holds the helpers below.
 */
const MODULE_FILES = fs
  .readdirSync(path.join(__dirname, 'zoho'))
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => require(path.join(__dirname, 'zoho', f)));
const MODULES = MODULE_FILES.flatMap((m) => m.modules || []);
const EXTRA_COLLECTIONS = MODULE_FILES.flatMap((m) => m.collections || []);
const events = require('./zoho/events');

const DEMO_PRODUCTS = [
  {
    name: 'PiperHost',
    description: 'Dedicated server for web hosting',
    email_ids: 'piper@zillum.com',
    redirect_url: 'http://www.zillum.com/products/piperhost',
  },
  { name: 'ZillumCloud', description: 'Cloud storage', email_ids: 'cloud@zillum.com', redirect_url: '' },
  { name: 'LegacyMail', description: 'Retired mail product', status: 'inactive' },
];

/* ------------------------------------------------------------------------------------------------
 * Generic module routes
 * ---------------------------------------------------------------------------------------------- */

function bodyObject(ctx) {
  let body = ctx.body;
  // Older Zoho clients send form data with a JSONString field.
  if (isPlainObject(body) && typeof body.JSONString === 'string') {
    try {
      body = JSON.parse(body.JSONString);
    } catch (_) {
      throw fail(400, 2, 'Invalid value passed for JSONString');
    }
  }
  if (body === null || body === undefined || body === '') return {};
  if (!isPlainObject(body)) throw fail(400, 2, 'Invalid value passed for JSONString');
  return body;
}

function checkRequired(body, fields) {
  for (const f of fields || []) {
    const v = body[f];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      throw fail(400, 4, `Please enter a valid value for ${f}.`);
    }
  }
}

function pickFields(body, fields) {
  const out = {};
  for (const f of fields) if (body[f] !== undefined) out[f] = body[f];
  return out;
}

function findOr404(ctx, mod) {
  const rec = ctx.state[mod.collection].get(ctx.params.id);
  if (!rec) throw fail(404, mod.notFound.code, mod.notFound.message);
  return rec;
}

/** A Zoho list answer for `items`, paged by the request's `page` / `per_page` (≤ 200). */
function listResponse(ctx, items, { plural, reportName, applied }) {
  let page = queryInt(queryValue(ctx.query, 'page'));
  let perPage = queryInt(queryValue(ctx.query, 'per_page'));
  if (page === undefined || Number.isNaN(page) || page < 1) page = 1;
  if (perPage === undefined || Number.isNaN(perPage) || perPage < 1) perPage = 200;
  if (perPage > 200) perPage = 200;
  // test switch: a server that serves fewer per page than asked for (null by default: no cap)
  if (ctx.emu.maxPerPage && perPage > ctx.emu.maxPerPage) perPage = ctx.emu.maxPerPage;
  const start = (page - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  const pageContext = {
    page,
    per_page: perPage,
    has_more_page: start + perPage < items.length,
    report_name: reportName,
    applied_filter: applied,
    sort_column: 'created_time',
    sort_order: 'D',
  };
  return ok({ [plural]: clone(slice), page_context: pageContext });
}

function registerModule(router, mod) {
  const base = `${API}/${mod.path}`;

  router.get(base, (ctx) => {
    const col = ctx.state[mod.collection];
    let items = col.all();

    let applied = mod.statusFilter ? `${mod.statusFilter.prefix}.All` : undefined;
    const filterBy = queryValue(ctx.query, 'filter_by');
    if (filterBy !== undefined && filterBy !== '') {
      const sf = mod.statusFilter;
      const [prefix, value] = String(filterBy).split('.');
      if (!sf || prefix !== sf.prefix || !Object.prototype.hasOwnProperty.call(sf.values, value)) {
        throw fail(400, 2, 'Invalid value passed for filter_by');
      }
      applied = filterBy;
      if (sf.values[value]) items = items.filter(sf.values[value]);
    }
    for (const key of mod.queryFilters || []) {
      const v = queryValue(ctx.query, key);
      if (v !== undefined && v !== '') items = items.filter((r) => String(r[key]) === String(v));
    }

    return listResponse(ctx, items, { plural: mod.plural, reportName: mod.reportName, applied });
  });

  router.post(base, (ctx) => {
    const body = bodyObject(ctx);
    checkRequired(body, mod.required);
    const col = ctx.state[mod.collection];
    if (mod.idFromBody && col.has(body[mod.idField])) {
      throw fail(400, 100501, `The ${mod.idField.replace(/_/g, ' ')} already exists.`);
    }
    let rec = ctx.emu.buildRecord(mod, { ...pickFields(body, mod.fields), ...(mod.idFromBody ? { [mod.idField]: body[mod.idField] } : {}) });
    if (mod.onCreate) rec = mod.onCreate(rec, body, ctx) || rec;
    const stored = col.insert(rec);
    return ok({ [mod.singular]: clone(stored) }, mod.messages.created, 201);
  });

  router.get(`${base}/:id`, (ctx) => ok({ [mod.singular]: clone(findOr404(ctx, mod)) }));

  router.put(`${base}/:id`, (ctx) => {
    const rec = findOr404(ctx, mod);
    const body = bodyObject(ctx);
    checkRequired(body, mod.updateRequired);
    Object.assign(rec, pickFields(body, mod.fields), { updated_time: zohoTime() });
    if (mod.onUpdate) mod.onUpdate(rec, body, ctx);
    return ok({ [mod.singular]: clone(rec) }, mod.messages.updated);
  });

  router.delete(`${base}/:id`, (ctx) => {
    findOr404(ctx, mod);
    ctx.state[mod.collection].remove(ctx.params.id);
    return ok({}, mod.messages.deleted);
  });

  for (const action of mod.actions || []) {
    router.post(`${base}/:id/${action.path}`, (ctx) => {
      const rec = findOr404(ctx, mod);
      Object.assign(rec, action.set || {}, { updated_time: zohoTime() });
      return ok(action.returnRecord ? { [mod.singular]: clone(rec) } : {}, action.message);
    });
  }
}

/* ------------------------------------------------------------------------------------------------
 * Router: OAuth + organizations + modules
 * ---------------------------------------------------------------------------------------------- */

function oauthParams(ctx) {
  const params = { ...ctx.query };
  if (isPlainObject(ctx.body)) Object.assign(params, ctx.body);
  // n8n's OAuth2 client may send the client credentials as HTTP Basic auth.
  const auth = ctx.headers.authorization;
  if (auth && /^basic /i.test(auth)) {
    try {
      const decoded = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i >= 0) {
        if (params.client_id === undefined) params.client_id = decodeURIComponent(decoded.slice(0, i));
        if (params.client_secret === undefined) params.client_secret = decodeURIComponent(decoded.slice(i + 1));
      }
    } catch (_) {
      /* ignore */
    }
  }
  for (const k of Object.keys(params)) if (Array.isArray(params[k])) params[k] = params[k][params[k].length - 1];
  return params;
}

function buildRouter() {
  const router = new Router();
  const oauth = { public: true, oauth: true };

  router.post(
    '/oauth/v2/token',
    (ctx) => {
      const emu = ctx.emu;
      const p = oauthParams(ctx);
      emu.tokenRequests.push(p);
      const ok200 = (body) => ({ status: 200, body });

      if (emu.tokenRateLimiter) {
        const info = emu.tokenRateLimiter.hit();
        if (!info.allowed) {
          return {
            status: 400,
            body: {
              error_description: 'You have made too many requests continuously. Please try again after some time.',
              error: 'Access Denied',
              status: 'failure',
            },
          };
        }
      }
      if (p.client_id !== emu.credentials.clientId || p.client_secret !== emu.credentials.clientSecret) {
        return ok200({ error: 'invalid_client' });
      }
      const ttlMs = emu.credentials.tokenTtlMs;
      const expiresIn = Math.round(ttlMs / 1000);
      if (p.grant_type === 'authorization_code') {
        if (!p.code || !emu.auth.grantCodes.has(p.code)) return ok200({ error: 'invalid_code' });
        emu.auth.grantCodes.delete(p.code);
        const refresh = newZohoToken();
        emu.auth.refreshTokens.add(refresh);
        const access = emu.issueToken();
        return ok200({
          access_token: access,
          refresh_token: refresh,
          api_domain: emu.url,
          token_type: 'Bearer',
          expires_in: expiresIn,
        });
      }
      if (p.grant_type === 'refresh_token') {
        if (!p.refresh_token || !emu.auth.refreshTokens.has(p.refresh_token)) return ok200({ error: 'invalid_code' });
        const access = emu.issueToken();
        return ok200({ access_token: access, api_domain: emu.url, token_type: 'Bearer', expires_in: expiresIn });
      }
      return ok200({ error: 'unsupported_grant_type' });
    },
    oauth,
  );

  router.post(
    '/oauth/v2/token/revoke',
    (ctx) => {
      const p = oauthParams(ctx);
      const emu = ctx.emu;
      if (p.token) {
        emu.auth.refreshTokens.delete(p.token);
        emu.auth.accessTokens.delete(p.token);
      }
      return { status: 200, body: { status: 'success' } };
    },
    oauth,
  );

  // Authorization endpoint: redirects straight back with a fresh grant code (no consent screen).
  router.get(
    '/oauth/v2/auth',
    (ctx) => {
      const p = oauthParams(ctx);
      const emu = ctx.emu;
      if (p.client_id !== emu.credentials.clientId) return { status: 400, body: { error: 'invalid_client' } };
      if (!p.redirect_uri) return { status: 400, body: { error: 'invalid_redirect_uri' } };
      const code = `1000.${randomHex(16)}.${randomHex(16)}`;
      emu.auth.grantCodes.add(code);
      let target;
      try {
        target = new URL(p.redirect_uri);
      } catch (_) {
        return { status: 400, body: { error: 'invalid_redirect_uri' } };
      }
      target.searchParams.set('code', code);
      if (p.state !== undefined) target.searchParams.set('state', p.state);
      target.searchParams.set('location', 'us');
      target.searchParams.set('accounts-server', emu.url);
      return { status: 302, headers: { location: target.toString() }, body: '' };
    },
    oauth,
  );

  // Organizations (GET /organizations needs no organization header).
  router.get(`${API}/organizations`, (ctx) => ok({ organizations: clone(ctx.state.organizations.all()) }), {
    noOrg: true,
  });
  router.get(`${API}/organizations/:organization_id`, (ctx) => {
    const org = ctx.state.organizations.get(ctx.params.organization_id);
    if (!org) throw fail(404, 1002, 'Organization does not exist.');
    return ok({ organization: clone(org) });
  });

  for (const mod of MODULES) if (mod.generic !== false) registerModule(router, mod);
  const kit = { API, ok, zerr, fail, bodyObject, checkRequired, pickFields, findOr404, listResponse, registerModule, zohoTime, zohoDate, clone, queryValue, queryInt, isPlainObject, randomHex, HttpError };
  for (const file of MODULE_FILES) if (file.routes) file.routes(router, kit);
  // every request that changes records lands the matching events (zoho/events.js)
  for (const route of router.routes) {
    const handler = route.handler;
    route.handler = (ctx) => events.track(ctx, handler);
  }
  return router;
}

/* ------------------------------------------------------------------------------------------------
 * Start
 * ---------------------------------------------------------------------------------------------- */

function defaultOrganization(id, name, isDefault) {
  return {
    organization_id: String(id),
    name,
    contact_name: 'Piper Owner',
    email: 'owner@zillum.com',
    is_default_org: isDefault,
    plan_type: 0,
    tax_group_enabled: true,
    plan_name: 'PROFESSIONAL',
    plan_period: 'monthly',
    language_code: 'en',
    fiscal_year_start_month: 0,
    account_created_date: '2016-02-18',
    account_created_date_formatted: '18 Feb 2016',
    time_zone: 'PST',
    is_org_active: true,
    currency_id: '460000000000097',
    currency_code: 'USD',
    currency_symbol: '$',
    currency_format: '###,##0.00',
    price_precision: 2,
  };
}

/**
 * startZohoEmulator(options)
 *  options: clientId, clientSecret, refreshToken, accessToken, grantCode, organizationId,
 *           organizationName, tokenTtlMs, latencyMs, retryAfterHeader, rateLimit, port, host,
 *           demoData (seed a few demo products), data ({ products: [...] } extra default records),
 *           sandbox (demoData plus a whole business to explore: sandbox/zoho.js, ids in ZOHO_SANDBOX_IDS),
 *           tokenRateLimit ({ limit, windowMs } on the token endpoint -> "Access Denied")
 */
async function startZohoEmulator(options = {}) {
  const credentials = {
    clientId: options.clientId || ZOHO_DEFAULTS.clientId,
    clientSecret: options.clientSecret || ZOHO_DEFAULTS.clientSecret,
    refreshToken: options.refreshToken || ZOHO_DEFAULTS.refreshToken,
    accessToken: options.accessToken || ZOHO_DEFAULTS.accessToken,
    grantCode: options.grantCode || ZOHO_DEFAULTS.grantCode,
    organizationId: String(options.organizationId || ZOHO_DEFAULTS.organizationId),
    tokenTtlMs: options.tokenTtlMs || ZOHO_DEFAULTS.tokenTtlMs,
  };
  let idCounter = BigInt(ZOHO_DEFAULTS.firstProductId);
  const nextId = () => {
    const id = idCounter.toString();
    idCounter += 1n;
    return id;
  };

  const spec = {
    name: 'zoho',
    apiPath: API,
    router: buildRouter(),
    faultKinds: {
      'zoho-error-200': (fault) => ({
        status: fault.status || 200,
        body: {
          code: (fault.body && fault.body.code) || 1001,
          message: (fault.body && fault.body.message) || 'An internal error occurred. Please try again later.',
        },
        headers: fault.headers,
      }),
    },
    createState(emu) {
      idCounter = BigInt(ZOHO_DEFAULTS.firstProductId);
      const state = {
        organizations: new Collection('organizations', { idField: 'organization_id' }),
      };
      for (const mod of MODULES) {
        state[mod.collection] = new Collection(mod.collection, { idField: mod.idField, generateId: nextId });
      }
      for (const extra of EXTRA_COLLECTIONS) {
        state[extra.name] = new Collection(extra.name, { idField: extra.idField, generateId: nextId });
      }
      state.organizations.insert(
        defaultOrganization(credentials.organizationId, options.organizationName || ZOHO_DEFAULTS.organizationName, true),
      );
      events.watchCollections(emu, state);
      return state;
    },
    builders: {},
    onReset(emu) {
      emu.tokenRequests = [];
      emu.auth = {
        accessTokens: new Map([[credentials.accessToken, Infinity]]),
        refreshTokens: new Set([credentials.refreshToken]),
        grantCodes: new Set([credentials.grantCode]),
      };
      emu.tokenRateLimiter = options.tokenRateLimit ? new RateLimiter(options.tokenRateLimit) : null;
      emu.eventSequence = events.EVENT_SEQUENCE_START;
      emu.changeLog = null;
      emu.maxPerPage = null;
    },
    seedDefaults(emu) {
      const data = { ...(options.data || {}) };
      if (options.demoData || options.sandbox) data.products = [...DEMO_PRODUCTS, ...(data.products || [])];
      for (const [name, records] of Object.entries(data)) emu.seed(name, records);
      if (options.sandbox) require('./sandbox/zoho').seedZohoSandbox(emu, { modules: MODULES, buildRecord: buildModuleRecord });
    },
    isRateLimitExempt: (ctx) => ctx.path.startsWith('/oauth/'),
    notFound: () => zerr(404, 5, 'Invalid URL Passed'),
    invalidBody: () => zerr(400, 2, 'Invalid value passed for JSONString'),
    internalError: (ctx, err) => zerr(500, 1000, `Internal Error: ${err && err.message}`),
    rateLimited: (ctx, info) => {
      const headers = {};
      const wantHeader = info.retryAfterHeader !== undefined ? info.retryAfterHeader : options.retryAfterHeader;
      if (wantHeader) headers['retry-after'] = String(info.retryAfterSeconds);
      return zerr(
        429,
        44,
        'For security reasons you have been blocked for some time as you have exceeded the maximum number of requests per minute.',
        headers,
      );
    },
    before(ctx) {
      const meta = ctx.route.meta || {};
      if (meta.public) return undefined;
      const auth = ctx.headers.authorization;
      if (!auth || !String(auth).trim()) return zerr(401, 57, 'You are not authorized to perform this operation');
      const m = /^(Zoho-oauthtoken|Bearer)\s+(\S+)\s*$/i.exec(String(auth));
      const expiry = m ? ctx.emu.auth.accessTokens.get(m[2]) : undefined;
      if (!m || expiry === undefined || expiry <= Date.now()) return zerr(401, 14, 'Invalid OAuth token.');
      if (meta.noOrg) return undefined;
      const org = ctx.headers['x-com-zoho-subscriptions-organizationid'];
      if (!org || !String(org).trim()) {
        return zerr(
          400,
          6041,
          'Organization ID is required. Send it in the X-com-zoho-subscriptions-organizationid header.',
        );
      }
      if (!ctx.state.organizations.has(String(org).trim())) {
        return zerr(400, 6042, 'This user is not a part of the organization.');
      }
      return undefined;
    },
  };

  // Builders turn partial records into full module records (used by seed() and create).
  for (const mod of MODULES) {
    spec.builders[mod.collection] = (partial, index) => {
      const base = mod.sample ? mod.sample(index) : {};
      return buildModuleRecord(mod, { ...base, ...partial });
    };
  }

  const emu = await createEmulator(spec, options);
  emu.credentials = credentials;
  emu.buildRecord = (mod, fields) => buildModuleRecord(mod, fields);

  /** Issues a fresh valid access token (as the token endpoint does). */
  emu.issueToken = () => {
    const token = newZohoToken();
    emu.auth.accessTokens.set(token, Date.now() + credentials.tokenTtlMs);
    return token;
  };
  /** Invalidates every access token issued so far, including the pre-issued options.accessToken. */
  emu.expireTokens = () => {
    for (const key of emu.auth.accessTokens.keys()) emu.auth.accessTokens.set(key, 0);
  };
  emu.setTokenRateLimit = (cfg) => {
    emu.tokenRateLimiter = cfg ? new RateLimiter(cfg) : null;
  };
  /** Headers a client needs for an API call. */
  emu.authHeaders = (token = credentials.accessToken) => ({
    Authorization: `Zoho-oauthtoken ${token}`,
    'X-com-zoho-subscriptions-organizationid': credentials.organizationId,
  });
  emu.modules = MODULES;
  return emu;
}

function buildModuleRecord(mod, fields) {
  const now = zohoTime();
  const merged = { ...(mod.defaults || {}), ...fields };
  const rec = {};
  // key order like Zoho's objects: id, writable fields, the rest (status ...), timestamps
  for (const key of [mod.idField, ...mod.fields, ...Object.keys(merged)]) {
    if (merged[key] !== undefined && !(key in rec)) rec[key] = merged[key];
  }
  if (!rec.created_time) rec.created_time = now;
  if (!rec.updated_time) rec.updated_time = rec.created_time;
  return rec;
}

module.exports = { startZohoEmulator, ZOHO_DEFAULTS, MODULES: MODULES, DEMO_PRODUCTS, zohoTime, zohoDate };

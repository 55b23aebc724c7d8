'use strict';
/*
 * Shared machinery for the in-memory provider emulators (test fixtures, never shipped).
 *
 *  - Router:      method + path pattern with `:params`, first match wins.
 *  - Collection:  ordered in-memory table keyed by an id field (insertion order is the list order).
 *  - createEmulator(spec, options): HTTP server on 127.0.0.1 with request log, faults, rate limit,
 *    latency, reset/seed, and socket tracking so close() never leaves handles open.
 *
 * Only Node built-ins are used (http, crypto, url).
 */

const http = require('http');
const crypto = require('crypto');
const { URL, URLSearchParams } = require('url');

/* ------------------------------------------------------------------------------------------------
 * Small helpers
 * ---------------------------------------------------------------------------------------------- */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomString(length, alphabet = ALNUM) {
  const bytes = crypto.randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
  return out;
}

function randomHex(bytes) {
  return crypto.randomBytes(bytes).toString('hex');
}

function uuid() {
  return crypto.randomUUID();
}

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Absolute http(s) URL? */
function isAbsoluteUrl(value) {
  if (typeof value !== 'string' || value.length === 0) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host.length > 0;
  } catch (_) {
    return false;
  }
}

const ISO_DATE_RE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO-8601 date or date-time; returns a Date or null. */
function parseIsoDate(value) {
  if (typeof value !== 'string' || !ISO_DATE_RE.test(value.trim())) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t);
}

/** Integer parsing for query strings: returns undefined if absent, NaN if not an integer. */
function queryInt(value) {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) value = value[value.length - 1];
  if (!/^-?\d+$/.test(String(value).trim())) return NaN;
  return parseInt(String(value).trim(), 10);
}

/** Last value of a (possibly repeated) query parameter. */
function queryValue(query, name, { caseInsensitive = false } = {}) {
  let v;
  if (caseInsensitive) {
    const lower = name.toLowerCase();
    for (const key of Object.keys(query)) if (key.toLowerCase() === lower) v = query[key];
  } else {
    v = query[name];
  }
  if (Array.isArray(v)) v = v[v.length - 1];
  return v;
}

/** Offset paging over an array. */
function paginate(items, offset, size) {
  return items.slice(offset, offset + size);
}

/* ------------------------------------------------------------------------------------------------
 * Router
 * ---------------------------------------------------------------------------------------------- */

class Router {
  constructor() {
    this.routes = [];
  }

  /**
   * add('GET', '/billing/v1/products/:product_id', handler, { public: true })
   * method may be an array or '*'. The handler receives the request context and returns
   * { status, body, headers } (or throws HttpError).
   */
  add(method, pattern, handler, meta = {}) {
    const methods = (Array.isArray(method) ? method : [method]).map((m) => m.toUpperCase());
    const segments = pattern.split('/').filter(Boolean);
    this.routes.push({ methods, pattern, segments, handler, meta });
    return this;
  }

  get(p, h, m) { return this.add('GET', p, h, m); }
  post(p, h, m) { return this.add('POST', p, h, m); }
  put(p, h, m) { return this.add('PUT', p, h, m); }
  delete(p, h, m) { return this.add('DELETE', p, h, m); }

  match(method, pathname) {
    const parts = pathname.split('/').filter(Boolean);
    const upper = method.toUpperCase();
    for (const route of this.routes) {
      if (!route.methods.includes(upper) && !route.methods.includes('*')) continue;
      if (route.segments.length !== parts.length) continue;
      const params = {};
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = route.segments[i];
        let part;
        try {
          part = decodeURIComponent(parts[i]);
        } catch (_) {
          part = parts[i];
        }
        if (seg.startsWith(':')) params[seg.slice(1)] = part;
        else if (seg !== part) {
          ok = false;
          break;
        }
      }
      if (ok) return { route, params };
    }
    return null;
  }
}

/* ------------------------------------------------------------------------------------------------
 * Collection: ordered in-memory table
 * ---------------------------------------------------------------------------------------------- */

class Collection {
  /**
   * @param {string} name
   * @param {{ idField?: string, generateId?: (record, collection) => string }} options
   */
  constructor(name, { idField = 'id', generateId } = {}) {
    this.name = name;
    this.idField = idField;
    this.generateId = generateId || (() => randomString(14));
    this.map = new Map();
  }

  get size() {
    return this.map.size;
  }

  insert(record) {
    let id = record[this.idField];
    if (id === undefined || id === null || id === '') id = this.generateId(record, this);
    // id first, so records read like the provider's objects
    const rec = { [this.idField]: String(id), ...record };
    rec[this.idField] = String(id);
    this.map.set(rec[this.idField], rec);
    return rec;
  }

  has(id) {
    return id !== undefined && id !== null && this.map.has(String(id));
  }

  get(id) {
    if (id === undefined || id === null) return undefined;
    return this.map.get(String(id));
  }

  /** Shallow merge; keeps the list position. */
  update(id, patch) {
    const rec = this.get(id);
    if (!rec) return undefined;
    Object.assign(rec, patch);
    return rec;
  }

  /** Full replacement (id kept); keeps the list position. */
  replace(id, record) {
    const key = String(id);
    if (!this.map.has(key)) return undefined;
    const rec = { ...record, [this.idField]: key };
    this.map.set(key, rec);
    return rec;
  }

  remove(id) {
    const rec = this.get(id);
    if (rec) this.map.delete(String(id));
    return rec;
  }

  clear() {
    this.map.clear();
  }

  all() {
    return Array.from(this.map.values());
  }

  filter(fn) {
    return this.all().filter(fn);
  }

  find(fn) {
    return this.all().find(fn);
  }

  toJSON() {
    return this.all();
  }
}

/* ------------------------------------------------------------------------------------------------
 * Responses
 * ---------------------------------------------------------------------------------------------- */

/** Throw from a handler to answer immediately: throw new HttpError({ status, body, headers }). */
class HttpError extends Error {
  constructor(response) {
    super(`emulator response ${response && response.status}`);
    this.response = response;
  }
}

function lowerKeys(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers || {})) if (v !== undefined && v !== null) out[k.toLowerCase()] = v;
  return out;
}

function writeResponse(res, response) {
  if (res.writableEnded || res.destroyed) return;
  const { status = 200, body, statusMessage } = response;
  const headers = lowerKeys(response.headers);
  let payload;
  if (body === undefined || body === null) payload = '';
  else if (Buffer.isBuffer(body)) payload = body;
  else if (typeof body === 'string') {
    payload = body;
    if (!headers['content-type']) headers['content-type'] = 'text/plain; charset=utf-8';
  } else {
    payload = JSON.stringify(body);
    if (!headers['content-type']) headers['content-type'] = 'application/json; charset=utf-8';
  }
  headers['content-length'] = Buffer.byteLength(payload);
  try {
    if (statusMessage) res.writeHead(status, statusMessage, headers);
    else res.writeHead(status, headers);
    res.end(payload);
  } catch (_) {
    /* socket already gone */
  }
}

/* ------------------------------------------------------------------------------------------------
 * Request parsing
 * ---------------------------------------------------------------------------------------------- */

function parseQuery(searchParams) {
  const out = {};
  for (const [k, v] of searchParams) {
    if (Object.prototype.hasOwnProperty.call(out, k)) out[k] = [].concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

/**
 * Returns { value, error }. JSON is tried first whenever the body looks like JSON (curl --data sends
 * JSON with a form content type); form bodies become plain objects; anything else stays a string.
 */
function parseBody(raw, contentType) {
  if (!raw || raw.length === 0) return { value: null, error: null };
  const ct = String(contentType || '').toLowerCase();
  const trimmed = raw.trim();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (ct.includes('json') || looksJson) {
    try {
      return { value: JSON.parse(raw), error: null };
    } catch (e) {
      if (ct.includes('json')) return { value: raw, error: e };
    }
  }
  if (ct.includes('application/x-www-form-urlencoded')) {
    return { value: parseQuery(new URLSearchParams(raw)), error: null };
  }
  return { value: raw, error: null };
}

/* ------------------------------------------------------------------------------------------------
 * Rate limiter (fixed window that starts at the first counted request)
 * ---------------------------------------------------------------------------------------------- */

class RateLimiter {
  constructor({ limit, windowMs = 60000, ...extra }) {
    if (!Number.isFinite(limit) || limit < 0) throw new Error('setRateLimit: limit must be a number >= 0');
    this.limit = limit;
    this.windowMs = windowMs;
    this.extra = extra;
    this.windowStart = null;
    this.count = 0;
  }

  roll(now) {
    if (this.windowStart === null || now >= this.windowStart + this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
  }

  hit(now = Date.now()) {
    this.roll(now);
    this.count += 1;
    const resetAt = this.windowStart + this.windowMs;
    return {
      allowed: this.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - this.count),
      resetAt,
      resetEpochSeconds: Math.ceil(resetAt / 1000),
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
      ...this.extra,
    };
  }
}

/* ------------------------------------------------------------------------------------------------
 * Faults
 * ---------------------------------------------------------------------------------------------- */

const HTML_ERROR_PAGE = (status) =>
  `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

const COMMON_FAULT_KINDS = {
  status: (fault) => ({ status: fault.status || 500, body: fault.body, headers: fault.headers }),
  html: (fault) => ({
    status: fault.status || 502,
    body: typeof fault.body === 'string' ? fault.body : HTML_ERROR_PAGE(fault.status || 502),
    headers: { 'content-type': 'text/html', ...(fault.headers || {}) },
  }),
  malformed: (fault) => ({
    status: fault.status || 200,
    body: typeof fault.body === 'string' ? fault.body : '{"code":0,"message":',
    headers: { 'content-type': 'application/json', ...(fault.headers || {}) },
  }),
  empty: (fault) => ({
    status: fault.status || 200,
    body: '',
    headers: { 'content-type': 'application/json', ...(fault.headers || {}) },
  }),
  // 'reset' and 'timeout' are handled by the core (they do not answer).
};

function matchesFault(fault, method, path, entry) {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  // optional predicate on the logged request ({ method, path, query, headers, body })
  if (typeof fault.when === 'function' && entry && !fault.when(entry)) return false;
  if (fault.path instanceof RegExp) {
    fault.path.lastIndex = 0;
    return fault.path.test(path);
  }
  if (typeof fault.path === 'string') return fault.path === path;
  return true;
}

/* ------------------------------------------------------------------------------------------------
 * The emulator core
 * ---------------------------------------------------------------------------------------------- */

/**
 * spec = {
 *   name,                                  // 'zoho' | 'jframework' | 'hyperaze'
 *   router,                                // Router
 *   createState(emu) -> object of Collections/values (called at start and on reset)
 *   builders: { [collection]: (partial, index, emu) => fullRecord }   // used by seed()
 *   isRateLimitExempt(ctx) -> bool         // auth/token endpoints
 *   notFound(ctx) -> response
 *   rateLimited(ctx, info) -> response
 *   invalidBody(ctx) -> response           // JSON body that does not parse
 *   internalError(ctx, err) -> response
 *   before(ctx) -> response | undefined    // auth/header checks, run after routing
 *   decorate(ctx, response, rateInfo)      // e.g. X-RateLimit-* headers
 *   faultKinds: { [kind]: (fault, ctx) => response }
 *   onReset(emu)                           // provider-specific counters (tokens, logins ...)
 *   seedDefaults(emu)                      // default records inserted through emu.seed()
 *   apiPath                                // e.g. '/billing/v1' (for emu.apiBaseUrl)
 * }
 */
async function createEmulator(spec, options = {}) {
  const host = options.host || '127.0.0.1';
  const sockets = new Set();
  const timers = new Set();
  let faults = [];
  let rateLimiter = null;
  let latencyMs = Number(options.latencyMs) || 0;
  let state = null;
  let closed = false;

  const later = (ms, fn) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
    return t;
  };

  const emu = {
    name: spec.name,
    url: null,
    port: null,
    host,
    apiBaseUrl: null,
    options,
    requests: [],
    /**
     * Test hook, null by default: `await`ed for every request once it is logged, before faults and
     * routing (`emu.onRequest = async (request) => {...}`), e.g. to change records between two page
     * requests or to hold an answer back. reset() clears it.
     */
    onRequest: null,

    get state() {
      return state;
    },

    clearRequests() {
      emu.requests.length = 0;
    },

    /** Requests whose method/path match (path: exact string or RegExp). */
    findRequests({ method, path } = {}) {
      return emu.requests.filter((r) => matchesFault({ method, path }, r.method, r.path));
    },

    get lastRequest() {
      return emu.requests[emu.requests.length - 1];
    },

    /** Re-seeds the default data and clears logs, faults, the rate limit and provider counters. */
    reset() {
      state = spec.createState(emu);
      emu.requests.length = 0;
      faults = [];
      rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit) : null;
      latencyMs = Number(options.latencyMs) || 0;
      emu.onRequest = null;
      emu.ignoredQuery = [];
      if (spec.onReset) spec.onReset(emu);
      if (spec.seedDefaults) spec.seedDefaults(emu);
    },

    /** seed('products', [{...}, ...]) or seed('products', 450) -> created records (copies). */
    seed(collectionName, records) {
      const col = state[collectionName];
      if (!(col instanceof Collection)) {
        throw new Error(`${spec.name} emulator: unknown collection "${collectionName}"`);
      }
      const list = typeof records === 'number' ? Array.from({ length: records }, () => ({})) : records || [];
      const builder = spec.builders && spec.builders[collectionName];
      return list.map((partial) => {
        const full = builder ? builder(partial || {}, col.size, emu) : { ...partial };
        return clone(col.insert(full));
      });
    },

    /** setRateLimit({ limit, windowMs, ...providerOptions }) or setRateLimit(null). */
    setRateLimit(config) {
      rateLimiter = config ? new RateLimiter(config) : null;
    },

    get rateLimit() {
      return rateLimiter ? { limit: rateLimiter.limit, windowMs: rateLimiter.windowMs, ...rateLimiter.extra } : null;
    },

    /** addFault({ method?, path?, when?(request), times?, kind, status?, body?, headers?, delayMs? }) -> the fault */
    addFault(fault) {
      if (!fault || !fault.kind) throw new Error('addFault: kind is required');
      const known = ['reset', 'timeout', ...Object.keys(COMMON_FAULT_KINDS), ...Object.keys(spec.faultKinds || {})];
      if (!known.includes(fault.kind)) throw new Error(`addFault: unknown kind "${fault.kind}" (known: ${known.join(', ')})`);
      const f = { ...fault, remaining: fault.times === undefined ? 1 : fault.times, hits: 0 };
      // a full URL is accepted for convenience: only its pathname is matched
      if (typeof f.path === 'string' && /^https?:\/\//i.test(f.path)) f.path = new URL(f.path).pathname;
      faults.push(f);
      return f;
    },

    clearFaults() {
      faults = [];
    },

    get faults() {
      return faults.slice();
    },

    setLatency(ms) {
      latencyMs = Number(ms) || 0;
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise((resolve) => {
        server.close(() => resolve());
        if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
      });
    },
  };

  const reply = (ctx, response, extraDelay = 0) => {
    const delay = latencyMs + extraDelay;
    if (delay > 0) later(delay, () => writeResponse(ctx.res, response));
    else writeResponse(ctx.res, response);
  };

  const takeFault = (method, path, entry) => {
    const f = faults.find((x) => x.remaining > 0 && matchesFault(x, method, path, entry));
    if (!f) return null;
    f.remaining -= 1;
    f.hits += 1;
    if (f.remaining <= 0) faults = faults.filter((x) => x !== f);
    return f;
  };

  const applyFault = (fault, ctx) => {
    const act = () => {
      if (fault.kind === 'reset') {
        ctx.req.socket.destroy();
        return;
      }
      if (fault.kind === 'timeout') return; // never answer; close() destroys the socket
      const make = COMMON_FAULT_KINDS[fault.kind] || spec.faultKinds[fault.kind];
      writeResponse(ctx.res, make(fault, ctx));
    };
    const delay = (fault.delayMs || 0) + (fault.kind === 'reset' || fault.kind === 'timeout' ? 0 : latencyMs);
    if (delay > 0) later(delay, act);
    else act();
  };

  const handle = async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    if (closed) return;
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url, 'http://emulator.local');
    const method = req.method.toUpperCase();
    const path = url.pathname;
    const query = parseQuery(url.searchParams);
    const parsed = parseBody(raw, req.headers['content-type']);
    const entry = {
      method,
      path,
      query,
      headers: { ...req.headers },
      body: parsed.value,
      rawBody: raw,
      time: Date.now(),
    };
    emu.requests.push(entry);
    if (typeof emu.onRequest === 'function') {
      await emu.onRequest(entry);
      if (closed) return;
    }

    // test switch: query parameters the emulator acts as if it did not know (logged all the same)
    const ignored = emu.ignoredQuery || [];
    const known = ignored.length ? Object.fromEntries(Object.entries(query).filter(([name]) => !ignored.includes(name))) : query;
    const ctx = {
      req,
      res,
      method,
      path,
      query: known,
      headers: req.headers,
      body: parsed.value,
      bodyError: parsed.error,
      rawBody: raw,
      params: {},
      route: null,
      emu,
      get state() {
        return state;
      },
      request: entry,
    };

    const fault = takeFault(method, path, entry);
    if (fault) {
      ctx.fault = fault;
      applyFault(fault, ctx);
      return;
    }

    let rateInfo = null;
    if (rateLimiter && !(spec.isRateLimitExempt && spec.isRateLimitExempt(ctx))) {
      rateInfo = rateLimiter.hit();
      if (!rateInfo.allowed) {
        entry.refused = true;
        reply(ctx, spec.rateLimited(ctx, rateInfo));
        return;
      }
    }

    let response;
    try {
      const match = spec.router.match(method, path);
      if (!match) {
        response = spec.notFound(ctx);
      } else {
        ctx.params = match.params;
        ctx.route = match.route;
        response = spec.before ? await spec.before(ctx) : undefined;
        if (!response && ctx.bodyError) response = spec.invalidBody(ctx);
        if (!response) response = await match.route.handler(ctx);
      }
    } catch (err) {
      if (err instanceof HttpError) response = err.response;
      else response = spec.internalError(ctx, err);
    }
    if (!response) response = { status: 204 };
    if (spec.decorate) spec.decorate(ctx, response, rateInfo);
    reply(ctx, response);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      try {
        writeResponse(res, { status: 500, body: { error: 'emulator_failure', message: String(err && err.message) } });
      } catch (_) {
        /* ignore */
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port || 0, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });

  emu.port = server.address().port;
  emu.url = `http://${host}:${emu.port}`;
  emu.apiBaseUrl = emu.url + (spec.apiPath || '');
  emu.server = server;
  emu.reset();
  return emu;
}

/* ------------------------------------------------------------------------------------------------
 * ISO 4217 (active codes) — used by validators
 * ---------------------------------------------------------------------------------------------- */

const ISO_4217 = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
    'GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT ' +
    'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR ' +
    'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP ' +
    'STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF ' +
    'XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

module.exports = {
  Router,
  Collection,
  HttpError,
  RateLimiter,
  createEmulator,
  writeResponse,
  parseBody,
  parseQuery,
  paginate,
  randomString,
  randomHex,
  uuid,
  clone,
  isPlainObject,
  isAbsoluteUrl,
  parseIsoDate,
  queryInt,
  queryValue,
  ISO_4217,
  ALNUM,
  LOWER_ALNUM,
  COMMON_FAULT_KINDS,
};

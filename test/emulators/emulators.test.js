'use strict';
/* Tests of the provider emulators themselves (jest 29 globals, Node's global fetch). */

const {
  startZohoEmulator,
  startJFrameworkEmulator,
  startHyperazeEmulator,
  JFW_IDS,
  HYPERAZE_IDS,
} = require('./index');

async function call(url, { method = 'GET', headers = {}, body, form } = {}) {
  const init = { method, headers: { ...headers } };
  if (form) {
    init.headers['content-type'] = 'application/x-www-form-urlencoded';
    init.body = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch (_) {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: json };
}

describe('Zoho Billing emulator', () => {
  let emu;
  let api;
  let H;

  beforeAll(async () => {
    emu = await startZohoEmulator();
    api = `${emu.url}/billing/v1`;
    H = emu.authHeaders();
  });
  afterAll(async () => {
    await emu.close();
  });
  beforeEach(() => emu.reset());

  it('rejects missing and invalid tokens and a missing or unknown organization', async () => {
    let r = await call(`${api}/products`);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ code: 57, message: 'You are not authorized to perform this operation' });

    r = await call(`${api}/products`, { headers: { ...H, Authorization: 'Zoho-oauthtoken nope' } });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ code: 14, message: 'Invalid OAuth token.' });

    r = await call(`${api}/products`, { headers: { Authorization: 'Bearer zoho-access-token' } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(6041);

    r = await call(`${api}/products`, {
      headers: { Authorization: 'Bearer zoho-access-token', 'X-com-zoho-subscriptions-organizationid': '1' },
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(6042);
  });

  it('lists organizations without the organization header', async () => {
    const r = await call(`${api}/organizations`, { headers: { Authorization: 'Zoho-oauthtoken zoho-access-token' } });
    expect(r.status).toBe(200);
    expect(r.body.code).toBe(0);
    expect(r.body.organizations[0]).toMatchObject({ organization_id: '10234695', is_default_org: true, currency_code: 'USD' });
  });

  it('runs the product lifecycle with Zoho messages', async () => {
    let r = await call(`${api}/products`, { method: 'POST', headers: H, body: { description: 'no name' } });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ code: 4, message: 'Please enter a valid value for name.' });

    r = await call(`${api}/products`, { method: 'POST', headers: H, body: { name: 'PiperHost', email_ids: 'a@b.c' } });
    expect(r.status).toBe(201);
    expect(r.body.message).toBe('The product has been created');
    expect(r.body.product).toMatchObject({ product_id: '903000000045027', name: 'PiperHost', status: 'active' });
    expect(r.body.product.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d{4}$/);
    const id = r.body.product.product_id;

    r = await call(`${api}/products/${id}`, { method: 'PUT', headers: H, body: { name: 'PiperHost 2' } });
    expect(r.status).toBe(200);
    expect(r.body.product).toMatchObject({ name: 'PiperHost 2', email_ids: 'a@b.c' });

    r = await call(`${api}/products/${id}/markasinactive`, { method: 'POST', headers: H });
    expect(r.body).toEqual({ code: 0, message: 'The product has been marked as inactive.' });
    r = await call(`${api}/products?filter_by=ProductStatus.INACTIVE`, { headers: H });
    expect(r.body.products).toHaveLength(1);
    r = await call(`${api}/products?filter_by=ProductStatus.ACTIVE`, { headers: H });
    expect(r.body.products).toHaveLength(0);

    r = await call(`${api}/products/${id}`, { method: 'DELETE', headers: H });
    expect(r.body).toEqual({ code: 0, message: 'The product has been deleted.' });
    r = await call(`${api}/products/${id}`, { headers: H });
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ code: 1002, message: 'Product does not exist.' });
  });

  it('paginates 450 products as 200/200/50 and clamps per_page to 200', async () => {
    const seeded = emu.seed('products', 450);
    expect(seeded).toHaveLength(450);
    const sizes = [];
    const more = [];
    for (let page = 1; page <= 3; page++) {
      const r = await call(`${api}/products?page=${page}&per_page=200`, { headers: H });
      sizes.push(r.body.products.length);
      more.push(r.body.page_context.has_more_page);
      expect(r.body.page_context).toMatchObject({ page, per_page: 200, report_name: 'Products' });
    }
    expect(sizes).toEqual([200, 200, 50]);
    expect(more).toEqual([true, true, false]);
    const r = await call(`${api}/products?per_page=1000`, { headers: H });
    expect(r.body.products).toHaveLength(200);
    expect(r.body.page_context.per_page).toBe(200);
  });

  it('issues and refreshes tokens, and expireTokens() forces a refresh', async () => {
    let r = await call(`${emu.url}/oauth/v2/token`, {
      method: 'POST',
      form: { grant_type: 'refresh_token', client_id: 'bad', client_secret: 'bad', refresh_token: 'zoho-refresh-token' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ error: 'invalid_client' });

    r = await call(`${emu.url}/oauth/v2/token`, {
      method: 'POST',
      form: { grant_type: 'authorization_code', client_id: 'zoho-client-id', client_secret: 'zoho-client-secret', code: 'test-grant-code' },
    });
    expect(r.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, api_domain: emu.url });
    expect(r.body.refresh_token).toEqual(expect.any(String));

    r = await call(`${emu.url}/oauth/v2/token`, {
      method: 'POST',
      form: { grant_type: 'authorization_code', client_id: 'zoho-client-id', client_secret: 'zoho-client-secret', code: 'test-grant-code' },
    });
    expect(r.body).toEqual({ error: 'invalid_code' });

    emu.expireTokens();
    r = await call(`${api}/products`, { headers: H });
    expect(r.status).toBe(401);

    r = await call(`${emu.url}/oauth/v2/token`, {
      method: 'POST',
      form: { grant_type: 'refresh_token', client_id: 'zoho-client-id', client_secret: 'zoho-client-secret', refresh_token: 'zoho-refresh-token' },
    });
    expect(r.body.refresh_token).toBeUndefined();
    r = await call(`${api}/products`, { headers: emu.authHeaders(r.body.access_token) });
    expect(r.status).toBe(200);
    expect(emu.tokenRequests).toHaveLength(4);
    expect(emu.tokenRequests.map((t) => t.grant_type)).toEqual(['refresh_token', 'authorization_code', 'authorization_code', 'refresh_token']);
  });

  it('answers 429 with Retry-After when rate limited, without counting token calls', async () => {
    emu.setRateLimit({ limit: 1, windowMs: 60000, retryAfterHeader: true });
    expect((await call(`${api}/products`, { headers: H })).status).toBe(200);
    await call(`${emu.url}/oauth/v2/token`, { method: 'POST', form: { grant_type: 'refresh_token' } });
    const r = await call(`${api}/products`, { headers: H });
    expect(r.status).toBe(429);
    expect(r.body.code).toBe(44);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('injects faults', async () => {
    emu.addFault({ kind: 'zoho-error-200', path: '/billing/v1/products', body: { code: 1234, message: 'odd' } });
    let r = await call(`${api}/products`, { headers: H });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ code: 1234, message: 'odd' });

    emu.addFault({ kind: 'status', status: 503, body: { code: 9, message: 'down' }, times: 2 });
    expect((await call(`${api}/products`, { headers: H })).status).toBe(503);
    expect((await call(`${api}/products`, { headers: H })).status).toBe(503);
    expect((await call(`${api}/products`, { headers: H })).status).toBe(200);

    emu.addFault({ kind: 'html', path: /products/ });
    r = await call(`${api}/products`, { headers: H });
    expect(r.status).toBe(502);
    expect(r.headers.get('content-type')).toBe('text/html');

    emu.addFault({ kind: 'malformed' });
    r = await call(`${api}/products`, { headers: H });
    expect(r.text).toBe('{"code":0,"message":');

    emu.addFault({ kind: 'empty' });
    r = await call(`${api}/products`, { headers: H });
    expect(r.status).toBe(200);
    expect(r.text).toBe('');

    emu.addFault({ kind: 'reset' });
    await expect(fetch(`${api}/products`, { headers: H })).rejects.toThrow();

    emu.addFault({ kind: 'timeout' });
    await expect(fetch(`${api}/products`, { headers: H, signal: AbortSignal.timeout(200) })).rejects.toThrow();

    expect(emu.faults).toHaveLength(0);
  });

  it('logs every request', async () => {
    await call(`${api}/products?page=2`, { method: 'POST', headers: H, body: { name: 'Logged' } });
    const entry = emu.requests[emu.requests.length - 1];
    expect(entry).toMatchObject({ method: 'POST', path: '/billing/v1/products', query: { page: '2' }, body: { name: 'Logged' } });
    expect(entry.headers['x-com-zoho-subscriptions-organizationid']).toBe('10234695');
    expect(typeof entry.time).toBe('number');
    emu.clearRequests();
    expect(emu.requests).toHaveLength(0);
  });
});

describe('JFramework emulator', () => {
  let emu;
  let api;
  let H;

  beforeAll(async () => {
    emu = await startJFrameworkEmulator();
    api = `${emu.url}/api/v1`;
    H = emu.authHeaders();
  });
  afterAll(async () => {
    await emu.close();
  });
  beforeEach(() => emu.reset());

  it('requires Brand-URL and Auth-Key', async () => {
    let r = await call(`${api}/users/me`, { headers: { 'Auth-Key': 'jfw-auth-key' } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].code).toBe('BrandNotFound');

    r = await call(`${api}/users/me`, { headers: { 'Brand-URL': 'brand.example.com' } });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ success: false, statusCode: 401, message: 'The request failed.', data: null });
    expect(r.body.errors[0]).toMatchObject({ code: 'Unauthorized', message: 'The Auth-Key is missing, invalid or expired.' });
    expect(r.body.errors[0].correlationId).toEqual(expect.any(String));

    r = await call(`${api}/packages`, { headers: { 'Brand-URL': 'brand.example.com' } });
    expect(r.status).toBe(200);
    expect(r.body.data.map((p) => p.id)).toEqual([JFW_IDS.pkgBasic, JFW_IDS.pkgPro]);
  });

  it('logs in, and expireAuthKeys() invalidates login keys only', async () => {
    let r = await call(`${api}/users/auth`, {
      method: 'POST',
      headers: { 'Brand-URL': 'brand.example.com' },
      body: { username: 'owner', password: 'wrong' },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].code).toBe('InvalidCredentials');

    r = await call(`${api}/users/auth`, {
      method: 'POST',
      headers: { 'Brand-URL': 'brand.example.com' },
      body: { username: 'owner', password: 'owner-password' },
    });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ username: 'owner', phoneNumber: null });
    const key = r.body.data.authKey;
    expect((await call(`${api}/users/me`, { headers: emu.authHeaders(key) })).status).toBe(200);
    expect(emu.authRequests).toHaveLength(2);

    emu.expireAuthKeys();
    expect((await call(`${api}/users/me`, { headers: emu.authHeaders(key) })).status).toBe(401);
    expect((await call(`${api}/users/me`, { headers: H })).status).toBe(200);
  });

  it('pages licenses with 0-based pageNumber', async () => {
    emu.seed('licenses', 450);
    const r = await call(`${api}/licenses?pageNumber=2&pageSize=200`, { headers: H });
    expect(r.body.data).toMatchObject({ totalItems: 453, pageNumber: 2, pageSize: 200 });
    expect(r.body.data.items).toHaveLength(53);
    const used = await call(`${api}/licenses?status=Used`, { headers: H });
    expect(used.body.data.items.map((l) => l.id)).toEqual([JFW_IDS.licenseUsed]);
  });

  it('validates and replaces a price', async () => {
    let r = await call(`${api}/prices/${JFW_IDS.priceBasicMonthly}`, { method: 'PUT', headers: H, body: { amount: 'x' } });
    expect(r.status).toBe(400);
    const messages = r.body.errors.map((e) => e.message);
    expect(messages).toContain('The packageId field is required.');
    expect(messages).toContain('The amount field must be a number.');
    expect(r.body.errors.every((e) => e.code === 'InvalidParameter')).toBe(true);

    const body = {
      packageId: JFW_IDS.pkgPro,
      subscriptionTypeId: JFW_IDS.stYearly,
      code: 'pro-y2',
      name: 'Pro Yearly 2',
      amount: 300,
      currency: 'EUR',
    };
    r = await call(`${api}/prices/unknown`, { method: 'PUT', headers: H, body });
    expect(r.status).toBe(404);
    expect(r.body.errors[0].code).toBe('PriceNotFound');

    r = await call(`${api}/prices/${JFW_IDS.priceBasicMonthly}`, { method: 'PUT', headers: H, body });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      id: JFW_IDS.priceBasicMonthly,
      amount: 300,
      currency: 'EUR',
      packageName: 'Pro',
      subscriptionName: 'Yearly',
      description: null,
      tags: null,
      zOrder: null,
    });
  });

  it('creates license checkout links and upgrade checkouts', async () => {
    let r = await call(`${api}/licenses/purchase/checkout-link`, { method: 'POST', headers: H, body: {} });
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(4);

    r = await call(`${api}/licenses/purchase/checkout-link`, {
      method: 'POST',
      headers: H,
      body: { packageId: 'nope', subscriptionTypeId: JFW_IDS.stMonthly, startDate: '2025-01-01', endDate: '2025-02-01' },
    });
    expect(r.status).toBe(404);
    expect(r.body.errors[0].code).toBe('PackageNotFound');

    r = await call(`${api}/licenses/purchase/checkout-link`, {
      method: 'POST',
      headers: H,
      body: { packageId: JFW_IDS.pkgBasic, subscriptionTypeId: JFW_IDS.stMonthly, startDate: '2025-01-01', endDate: '2025-02-01', quantity: 2 },
    });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatch(/^https:\/\/checkout\.example\.test\/orders\/\w+\?qty=2$/);
    expect(emu.state.checkoutLinks.size).toBe(1);

    r = await call(`${api}/packages/${JFW_IDS.pkgPro}/upgrade/checkout`, {
      method: 'POST',
      headers: H,
      body: { priceId: JFW_IDS.priceBasicMonthly },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].code).toBe('PriceNotInPackage');

    r = await call(`${api}/packages/${JFW_IDS.pkgPro}/upgrade/checkout`, {
      method: 'POST',
      headers: H,
      body: { priceId: JFW_IDS.priceProMonthly, returnLink: 'https://example.com/done' },
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.data)).toEqual([
      'walletWithdrawalAmount',
      'walletWithdrawalCurrency',
      'walletRefundAmount',
      'walletRefundCurrency',
      'checkoutLink',
    ]);
  });

  it('answers 429 with X-RateLimit headers, and the 209 / success:false faults', async () => {
    emu.setRateLimit({ limit: 1, windowMs: 60000 });
    let r = await call(`${api}/users/me`, { headers: H });
    expect(r.headers.get('x-ratelimit-limit')).toBe('1');
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    r = await call(`${api}/users/me`, { headers: H });
    expect(r.status).toBe(429);
    expect(r.body.errors[0].code).toBe('RateLimitExceeded');
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(r.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 - 1);
    emu.setRateLimit(null);

    emu.addFault({ kind: 'jfw-209' });
    r = await call(`${api}/users/me`, { headers: H });
    expect(r.status).toBe(209);
    expect(r.body).toMatchObject({ success: false, statusCode: 209 });
    expect(r.body.errors[0].code).toBe('FeatureUsageLimitExceeded');

    emu.addFault({ kind: 'jfw-success-false', body: { errors: [{ code: 'Oops', message: 'bad' }] } });
    r = await call(`${api}/users/me`, { headers: H });
    expect(r.status).toBe(200);
    expect(r.body.success).toBe(false);
    expect(r.body.errors[0]).toMatchObject({ code: 'Oops', message: 'bad' });
  });
});

describe('Hyperaze emulator', () => {
  let emu;
  let api;
  let H;

  beforeAll(async () => {
    emu = await startHyperazeEmulator();
    api = `${emu.url}/api/v1`;
    H = emu.authHeaders();
  });
  afterAll(async () => {
    await emu.close();
  });
  beforeEach(() => emu.reset());

  it('requires the Bearer key', async () => {
    const r = await call(`${api}/checkouts/list`, { headers: { Authorization: 'Bearer wrong' } });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: 'unauthorized', message: 'Invalid or missing API key.' });
  });

  it('creates, updates and retrieves checkout links', async () => {
    let r = await call(`${api}/checkouts/create`, { method: 'POST', headers: H, body: { plan_id: 'plan_missing' } });
    expect(r.status).toBe(400);
    r = await call(`${api}/checkouts/create`, {
      method: 'POST',
      headers: H,
      body: { plan_id: HYPERAZE_IDS.planLifetime, stock_type: 'Limited' },
    });
    expect(r.status).toBe(400);

    r = await call(`${api}/checkouts/create`, {
      method: 'POST',
      headers: H,
      body: { plan_id: HYPERAZE_IDS.planLifetime, stock_type: 'Limited', stocks: 5, password: 'pw' },
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual([
      'id',
      'active',
      'plan_id',
      'release_method',
      'start_date',
      'end_date',
      'product_id',
      'stocks',
      'claimed',
      'password',
      'link',
      'created_date',
    ]);
    expect(r.body).toMatchObject({ active: true, stocks: 5, claimed: 0, link: `https://hyperaze.com/checkout/${r.body.id}` });
    const id = r.body.id;

    r = await call(`${api}/checkouts/update`, { method: 'POST', headers: H, body: { id, active: false } });
    expect(r.body).toMatchObject({ id, active: false, password: 'pw', stocks: 5 });
    r = await call(`${api}/checkouts/update`, { method: 'POST', headers: H, body: { id: 'chk_missing', active: false } });
    expect(r.status).toBe(404);

    r = await call(`${api}/checkouts/retrieve?id=${id}`, { headers: H });
    expect(r.body.active).toBe(false);
    r = await call(`${api}/checkouts/retrieve`, { headers: H });
    expect(r.status).toBe(400);
  });

  it('pages with page/limit, can ignore paging and wrap bodies', async () => {
    emu.seed('checkouts', 24); // 1 default + 24
    let r = await call(`${api}/checkouts/list?page=3&limit=10`, { headers: H });
    expect(r.body).toHaveLength(5);
    emu.configure({ paging: 'ignore', wrap: true });
    r = await call(`${api}/checkouts/list?page=3&limit=10`, { headers: H });
    expect(r.body.data).toHaveLength(25);
  });

  it('answers 429 with Retry-After', async () => {
    emu.setRateLimit({ limit: 1, windowMs: 10000 });
    await call(`${api}/plans/list`, { headers: H });
    const r = await call(`${api}/plans/list`, { headers: H });
    expect(r.status).toBe(429);
    expect(r.body).toEqual({ error: 'rate_limited', message: 'Too many requests.' });
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

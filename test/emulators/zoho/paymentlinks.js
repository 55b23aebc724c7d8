'use strict';
/**
 * Zoho Billing Payment Links (reference §2.4: on Zoho's live API pages, not in the OpenAPI set):
 * only POST /paymentlinks is documented. It needs customer_id (an existing customer) and
 * payment_amount > 0; expiry_time (yyyy-mm-dd, not in the past; 15 days from today by default),
 * description, exchange_rate and custom_fields are optional. The answer key `payment_link` is
 * inferred (the published excerpt does not show it).
 */
const { customerHelpers } = require('./customers');

const { CUSTOMER_NOT_FOUND } = customerHelpers;

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, zohoDate, randomHex } = kit;

  router.post(`${API}/paymentlinks`, (ctx) => {
    const body = bodyObject(ctx);
    checkRequired(body, ['customer_id', 'payment_amount']);
    const customer = ctx.state.customers.get(body.customer_id);
    if (!customer) throw fail(404, CUSTOMER_NOT_FOUND.code, CUSTOMER_NOT_FOUND.message);
    const amount = Number(body.payment_amount);
    if (!Number.isFinite(amount) || amount <= 0) throw fail(400, 2, 'Invalid value passed for payment_amount');
    const today = zohoDate();
    let expiry = body.expiry_time;
    if (expiry === undefined || expiry === '') {
      expiry = zohoDate(new Date(Date.now() + 15 * 24 * 3600 * 1000));
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(String(expiry)) || Number.isNaN(Date.parse(`${expiry}T00:00:00Z`)) || String(expiry) < today) {
      throw fail(400, 2, 'Invalid value passed for expiry_time');
    }
    if (body.exchange_rate !== undefined && !(Number(body.exchange_rate) > 0)) throw fail(400, 2, 'Invalid value passed for exchange_rate');
    if (body.custom_fields !== undefined && !Array.isArray(body.custom_fields)) throw fail(400, 2, 'Invalid value passed for custom_fields');
    const col = ctx.state.paymentlinks;
    col.numberSequence = (col.numberSequence || 0) + 1;
    const rec = col.insert(
      ctx.emu.buildRecord(PAYMENT_LINKS, {
        expiry_time: String(expiry),
        payment_amount: amount,
        description: body.description !== undefined ? String(body.description) : '',
        url: `https://billing.zoho.com/paymentlink/${randomHex(20)}`,
        exchange_rate: body.exchange_rate !== undefined ? Number(body.exchange_rate) : 1,
        customer_name: customer.display_name,
        customer_email: customer.email || '',
        customer_id: customer.customer_id,
        company_name: customer.company_name || '',
        status: 'Generated',
        payment_link_number: `PL-${String(col.numberSequence).padStart(5, '0')}`,
        created_time: today,
        created_by: 'Piper Owner',
        is_viewed_by_client: false,
        custom_fields: clone(body.custom_fields || []),
      }),
    );
    return ok({ payment_link: clone(rec) }, 'The payment link has been created.', 201);
  });
}

const PAYMENT_LINKS = {
  collection: 'paymentlinks',
  path: 'paymentlinks',
  idField: 'payment_link_id',
  singular: 'payment_link',
  plural: 'payment_links',
  generic: false, // only create is documented: routes() above
  fields: ['expiry_time', 'payment_amount', 'description', 'url', 'exchange_rate', 'customer_name', 'customer_email', 'customer_id'],
  defaults: {},
  notFound: { code: 1002, message: 'Payment link does not exist.' },
  messages: {},
  sample: (i) => ({ payment_amount: 10 + i, status: 'Generated' }),
};

module.exports = { modules: [PAYMENT_LINKS], routes };

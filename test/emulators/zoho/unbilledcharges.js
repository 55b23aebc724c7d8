'use strict';
/**
 * Zoho Billing Unbilled Charges (OAS unbilled-charges.yml): retrieve, delete, convert to invoice.
 * Zoho has no list endpoint for them. They are opened by Add Charge / Buy One-Time Add-on (and a
 * new live subscription) with `add_to_unbilled_charges: true` (see subscriptions.js), or seeded.
 *
 * Contract:
 *  - GET /unbilledcharges/{id} → `unbilled_charge { unbilled_charge_id, number (UNBILL-…), status
 *    open|invoiced, unbilled_charge_date, customer_id, customer_name, email, unbilled_charge_items,
 *    coupons, total, currency_code, … }`
 *  - DELETE → `{ code: 0, message }`; an invoiced charge cannot be deleted (400)
 *  - POST /unbilledcharges/{id}/createinvoice → 201 `invoice` (raised like the subscription's
 *    invoices); the charge becomes `invoiced`; a second conversion is refused (400)
 *  - 404 { code 1002, "Unbilled charge does not exist." }
 */
const { HttpError, clone } = require('../common');

const NOT_FOUND = { code: 1002, message: 'Unbilled charge does not exist.' };
const fail = (status, code, message) => new HttpError({ status, body: { code, message } });

function findCharge(ctx) {
  const rec = ctx.state.unbilled_charges.get(ctx.params.id);
  if (!rec) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
  return rec;
}

function routes(router, kit) {
  const { API, ok, zohoTime } = kit;
  const base = `${API}/unbilledcharges`;

  router.get(`${base}/:id`, (ctx) => ok({ unbilled_charge: clone(findCharge(ctx)) }));

  router.delete(`${base}/:id`, (ctx) => {
    const rec = findCharge(ctx);
    if (rec.status === 'invoiced') throw fail(400, 3101, 'The unbilled charge has been invoiced and cannot be deleted.');
    ctx.state.unbilled_charges.remove(rec.unbilled_charge_id);
    const sub = rec.subscription_id ? ctx.state.subscriptions.get(rec.subscription_id) : undefined;
    if (sub && sub.unbilled_charge_id === rec.unbilled_charge_id) delete sub.unbilled_charge_id;
    return ok({}, 'The unbilled charges have been deleted.');
  });

  router.post(`${base}/:id/createinvoice`, (ctx) => {
    const rec = findCharge(ctx);
    if (rec.status === 'invoiced') throw fail(400, 3102, 'The unbilled charge has already been invoiced.');
    const { billing } = require('./subscriptions');
    const sub =
      (rec.subscription_id && ctx.state.subscriptions.get(rec.subscription_id)) || {
        // a seeded charge without its subscription: invoice the customer offline
        subscription_id: rec.subscription_id,
        customer_id: rec.customer_id,
        customer_name: rec.customer_name,
        email: rec.email,
        currency_code: rec.currency_code,
        currency_symbol: rec.currency_symbol,
        auto_collect: false,
        payment_terms: 0,
      };
    const lines = (rec.unbilled_charge_items || []).map((i) => ({
      name: i.name,
      code: i.code,
      description: i.description,
      price: Number(i.price),
      quantity: Number(i.quantity),
      discount_amount: Number(i.discount_amount || 0),
      ...(i.product_id ? { product_id: i.product_id } : {}),
      ...(i.account_id ? { account_id: i.account_id } : {}),
    }));
    const invoice = billing.raiseInvoice(ctx, kit, sub, lines, 'unbilled_charge');
    rec.status = 'invoiced';
    rec.invoice_id = invoice.invoice_id;
    rec.updated_time = zohoTime();
    if (sub.unbilled_charge_id === rec.unbilled_charge_id) delete sub.unbilled_charge_id;
    return ok({ invoice: clone(invoice) }, 'Unbilled Charges have been invoiced.', 201);
  });
}

module.exports = {
  modules: [
    {
      collection: 'unbilled_charges',
      path: 'unbilledcharges',
      idField: 'unbilled_charge_id',
      singular: 'unbilled_charge',
      plural: 'unbilled_charges',
      generic: false, // every route is in routes() above (there is no list)
      fields: [],
      defaults: {},
      notFound: NOT_FOUND,
      messages: {},
      sample: (i) => ({
        number: `UNBILL-S${String(i + 1).padStart(5, '0')}`,
        status: 'open',
        unbilled_charge_date: '2025-01-15',
        customer_id: '903000000000099',
        customer_name: 'Bowman Furniture',
        email: 'benjamin.george@bowmanfurniture.com',
        unbilled_charge_items: [
          {
            unbilled_charge_item_id: `9030000007920${i}`,
            name: 'Usage',
            description: 'Usage charges for last month',
            code: '',
            price: 50,
            quantity: 1,
            discount_amount: 0,
            item_total: 50,
          },
        ],
        coupons: [],
        total: 50,
        currency_code: 'USD',
        currency_symbol: '$',
        billing_address: {},
        shipping_address: {},
      }),
    },
  ],
  routes,
};

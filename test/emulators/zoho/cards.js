'use strict';
/**
 * Zoho Billing Cards (OAS cards.yml), nested under a customer: GET /customers/{customer_id}/cards
 * (the customer's *active* cards, paged), GET and DELETE …/cards/{card_id}. Cards are added
 * through hosted pages, not this API: tests seed them (`emu.seed('cards', [{ customer_id }])`).
 */
const { customerHelpers } = require('./customers');

const { CUSTOMER_NOT_FOUND } = customerHelpers;
const NOT_FOUND = { code: 1002, message: 'Card does not exist.' };

function routes(router, kit) {
  const { API, ok, fail, clone, listResponse } = kit;
  const base = `${API}/customers/:customer_id/cards`;

  const customerOf = (ctx) => {
    const customer = ctx.state.customers.get(ctx.params.customer_id);
    if (!customer) throw fail(404, CUSTOMER_NOT_FOUND.code, CUSTOMER_NOT_FOUND.message);
    return customer;
  };
  const cardOf = (ctx) => {
    const customer = customerOf(ctx);
    const rec = ctx.state.cards.get(ctx.params.id);
    if (!rec || String(rec.customer_id) !== String(customer.customer_id)) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return rec;
  };

  router.get(base, (ctx) => {
    const customer = customerOf(ctx);
    const items = ctx.state.cards.filter((r) => String(r.customer_id) === String(customer.customer_id) && r.status === 'active');
    // list rows carry fewer fields than the retrieve (OAS list-all-active-credit-cards response)
    const rows = items.map((c) => ({
      card_id: c.card_id,
      customer_id: c.customer_id,
      status: c.status,
      last_four_digits: c.last_four_digits,
      expiry_month: c.expiry_month,
      expiry_year: c.expiry_year,
      payment_gateway: c.payment_gateway,
      created_time: c.created_time,
      updated_time: c.updated_time,
    }));
    return listResponse(ctx, rows, { plural: 'cards', reportName: 'Cards' });
  });

  router.get(`${base}/:id`, (ctx) => ok({ card: clone(cardOf(ctx)) }));

  router.delete(`${base}/:id`, (ctx) => {
    const rec = cardOf(ctx);
    ctx.state.cards.remove(rec.card_id);
    return ok({}, 'The credit card has been deleted.');
  });
}

module.exports = {
  modules: [
    {
      collection: 'cards',
      path: 'cards',
      idField: 'card_id',
      singular: 'card',
      plural: 'cards',
      generic: false, // nested under a customer: routes() above
      fields: ['customer_id', 'last_four_digits', 'expiry_month', 'expiry_year', 'payment_gateway', 'first_name', 'last_name', 'street', 'city', 'state', 'zip', 'country'],
      defaults: { status: 'active', payment_gateway: 'test_gateway', expiry_month: 9, expiry_year: 2030 },
      notFound: NOT_FOUND,
      messages: {},
      sample: (i) => ({ last_four_digits: String(1000 + (i % 9000)), first_name: 'Card', last_name: `Holder ${i + 1}` }),
    },
  ],
  routes,
};

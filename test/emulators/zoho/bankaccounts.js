'use strict';
/**
 * Zoho Billing Bank Accounts (OAS bank-account.yml): only GET /customers/{customer_id}/bankaccounts/{account_id},
 * which answers the account as a one-element list `bank_accounts: [ {…} ]` (as the OAS response
 * schema says). Accounts are added through hosted pages: tests seed them (`emu.seed('bankaccounts', …)`).
 */
const { customerHelpers } = require('./customers');

const { CUSTOMER_NOT_FOUND } = customerHelpers;
const NOT_FOUND = { code: 1002, message: 'Bank account does not exist.' };

function routes(router, kit) {
  const { API, ok, fail, clone } = kit;
  router.get(`${API}/customers/:customer_id/bankaccounts/:id`, (ctx) => {
    const customer = ctx.state.customers.get(ctx.params.customer_id);
    if (!customer) throw fail(404, CUSTOMER_NOT_FOUND.code, CUSTOMER_NOT_FOUND.message);
    const rec = ctx.state.bankaccounts.get(ctx.params.id);
    if (!rec || String(rec.customer_id) !== String(customer.customer_id)) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return ok({ bank_accounts: [clone({ ...rec, customer_name: customer.display_name })] });
  });
}

module.exports = {
  modules: [
    {
      collection: 'bankaccounts',
      path: 'bankaccounts',
      idField: 'account_id',
      singular: 'bank_account',
      plural: 'bank_accounts',
      generic: false, // one nested route: routes() above
      fields: ['customer_id', 'gateway', 'last_four_digits', 'status'],
      defaults: { gateway: 'authorize_net', status: 'active', created_by_id: '9030000067542', created_by_name: 'Benjamin' },
      notFound: NOT_FOUND,
      messages: {},
      sample: (i) => ({ last_four_digits: String(i % 10000).padStart(4, '0') }),
    },
  ],
  routes,
};

'use strict';
/**
 * Zoho Billing Customers (OAS customers.yml): list, create, retrieve, update, delete, retrieve by
 * CRM reference, mark as active/inactive, and the list of transactions (GET /transactions).
 *
 * Every route is written out here (no generic module routes): creation and updates check emails
 * and currency codes, marking inactive and deleting look at the customer's subscriptions and
 * transactions, and the transaction list is built from the records of the other modules.
 *
 * Contract:
 *  - list: filter_by Status.{All|Active|Inactive|Gapps|Crm|NonSubscribers|PortalEnabled|PortalDisabled}
 *  - GET /customers/reference/{reference_id}?reference_id_type=zcrm_account_id|zcrm_contact_id
 *    (zcrm_account_id when absent)
 *  - GET /transactions: filter_by TransactionType.{All|INVOICE|PAYMENT|CREDIT|REFUND}, customer_id;
 *    rows `{ transaction_id, reference_id, date, type, status, amount, customer_id }` come from the
 *    seeded `transactions` collection, then invoices, credit notes, payments and refunds in state
 *  - errors: 404 {code 1002, "Customer does not exist."}; 400 {code 4, "Please enter a valid value
 *    for display_name."}; 400 {code 2, "Invalid value passed for email"}
 */

const NOT_FOUND = { code: 1002, message: 'Customer does not exist.' };

/** Fields a customer body may set (OAS create/update requests, plus the CRM ids for seeding). */
const WRITABLE = [
  'display_name', 'salutation', 'first_name', 'last_name', 'email', 'tags', 'company_name', 'phone', 'mobile',
  'department', 'designation', 'website', 'billing_address', 'shipping_address', 'payment_terms',
  'payment_terms_label', 'currency_code', 'ach_supported', 'twitter', 'facebook', 'skype', 'notes',
  'is_portal_enabled', 'gst_no', 'gst_treatment', 'place_of_contact', 'vat_treatment', 'vat_reg_no', 'tax_reg_no',
  'tds_tax_id', 'tax_treatment', 'tax_regime', 'is_tds_registered', 'is_taxable', 'tax_id', 'tax_authority_id',
  'tax_authority_name', 'tax_exemption_id', 'tax_exemption_code', 'default_templates', 'custom_fields',
];

const STATUS_FILTERS = {
  All: null,
  Active: (r) => r.status === 'active',
  Inactive: (r) => r.status === 'inactive',
  Gapps: (r) => r.is_gapps_customer === true,
  Crm: (r) => r.is_linked_with_zohocrm === true,
  NonSubscribers: (r, ctx) => subscriptionsOf(ctx, r.customer_id).length === 0,
  PortalEnabled: (r) => r.is_portal_enabled === true,
  PortalDisabled: (r) => r.is_portal_enabled !== true,
};

const TRANSACTION_TYPES = { All: null, INVOICE: 'invoice', PAYMENT: 'payment', CREDIT: 'creditnote', REFUND: 'refund' };

const CURRENCY_SYMBOLS = { USD: '$', EUR: '€', GBP: '£', INR: '₹', JPY: '¥', AUD: '$', CAD: '$' };
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Records of another module's collection that belong to a customer (empty when the module is absent). */
function ownedBy(ctx, collection, customerId) {
  const col = ctx.state[collection];
  if (!col || typeof col.filter !== 'function') return [];
  return col.filter((r) => String(r.customer_id) === String(customerId));
}

function subscriptionsOf(ctx, customerId) {
  return ownedBy(ctx, 'subscriptions', customerId).filter(
    (s) => !['cancelled', 'expired', 'trial_expired', 'cancelled_from_dunning', 'creation_failed'].includes(s.status),
  );
}

function validate(kit, body) {
  const { fail, isPlainObject } = kit;
  if (body.email !== undefined && body.email !== '' && !EMAIL.test(String(body.email))) {
    throw fail(400, 2, 'Invalid value passed for email');
  }
  if (body.currency_code !== undefined && !/^[A-Z]{3}$/.test(String(body.currency_code))) {
    throw fail(400, 2, 'Invalid value passed for currency_code');
  }
  for (const key of ['billing_address', 'shipping_address', 'default_templates']) {
    if (body[key] !== undefined && !isPlainObject(body[key])) throw fail(400, 2, `Invalid value passed for ${key}`);
  }
  for (const key of ['tags', 'custom_fields']) {
    if (body[key] !== undefined && !Array.isArray(body[key])) throw fail(400, 2, `Invalid value passed for ${key}`);
  }
  if (body.payment_terms !== undefined && !(Number.isInteger(Number(body.payment_terms)) && Number(body.payment_terms) >= 0)) {
    throw fail(400, 2, 'Invalid value passed for payment_terms');
  }
}

function pick(body, clone) {
  const out = {};
  for (const key of WRITABLE) if (body[key] !== undefined) out[key] = clone(body[key]);
  return out;
}

function findCustomer(ctx, kit, id = ctx.params.id) {
  const rec = ctx.state.customers.get(id);
  if (!rec) throw kit.fail(404, NOT_FOUND.code, NOT_FOUND.message);
  return rec;
}

/** The transaction rows of every module, in the order described in the header. */
function transactions(ctx) {
  const rows = [...ctx.state.transactions.all()];
  const all = (name) => (ctx.state[name] && typeof ctx.state[name].all === 'function' ? ctx.state[name].all() : []);
  for (const inv of all('invoices')) {
    rows.push({
      transaction_id: inv.invoice_id,
      reference_id: inv.invoice_number || '',
      date: inv.date || inv.invoice_date || '',
      type: 'invoice',
      status: inv.status || 'sent',
      amount: inv.total,
      customer_id: inv.customer_id,
    });
  }
  for (const note of all('creditnotes')) {
    rows.push({
      transaction_id: note.creditnote_id,
      reference_id: note.creditnote_number || '',
      date: note.date || '',
      type: 'creditnote',
      status: note.status || 'open',
      amount: note.total,
      customer_id: note.customer_id,
    });
  }
  for (const p of all('payments')) {
    rows.push({
      transaction_id: p.payment_id,
      reference_id: p.reference_number || '',
      date: p.date,
      type: 'payment',
      status: p.status,
      amount: p.amount,
      customer_id: p.customer_id,
    });
  }
  for (const r of all('refunds')) {
    rows.push({
      transaction_id: r.refund_id,
      reference_id: r.reference_number || '',
      date: r.date,
      type: 'refund',
      status: r.status,
      amount: r.amount,
      customer_id: r.customer_id,
    });
  }
  return rows;
}

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, listResponse, queryValue, zohoTime } = kit;
  const base = `${API}/customers`;

  router.get(base, (ctx) => {
    let items = ctx.state.customers.all();
    let applied = 'Status.All';
    const filterBy = queryValue(ctx.query, 'filter_by');
    if (filterBy !== undefined && filterBy !== '') {
      const [prefix, value] = String(filterBy).split('.');
      if (prefix !== 'Status' || !Object.prototype.hasOwnProperty.call(STATUS_FILTERS, value)) {
        throw fail(400, 2, 'Invalid value passed for filter_by');
      }
      applied = filterBy;
      if (STATUS_FILTERS[value]) items = items.filter((r) => STATUS_FILTERS[value](r, ctx));
    }
    return listResponse(ctx, items, { plural: 'customers', reportName: 'Customers', applied });
  });

  router.post(base, (ctx) => {
    const body = bodyObject(ctx);
    checkRequired(body, ['display_name']);
    validate(kit, body);
    const rec = ctx.state.customers.insert(ctx.emu.buildRecord(CUSTOMERS, { ...pick(body, clone), source: 'api' }));
    completeCustomer(rec);
    return ok({ customer: clone(rec) }, 'The customer has been created', 201);
  });

  // before /customers/:id, so "reference" is never taken for an id (the paths also differ in length)
  router.get(`${base}/reference/:reference_id`, (ctx) => {
    const type = queryValue(ctx.query, 'reference_id_type') || 'zcrm_account_id';
    if (!['zcrm_account_id', 'zcrm_contact_id'].includes(type)) throw fail(400, 2, 'Invalid value passed for reference_id_type');
    const rec = ctx.state.customers.find((c) => c[type] !== undefined && String(c[type]) === ctx.params.reference_id);
    if (!rec) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return ok({ customer: clone(completeCustomer(rec)) });
  });

  router.get(`${base}/:id`, (ctx) => ok({ customer: clone(completeCustomer(findCustomer(ctx, kit))) }));

  router.put(`${base}/:id`, (ctx) => {
    const rec = findCustomer(ctx, kit);
    const body = bodyObject(ctx);
    if (body.display_name !== undefined) checkRequired(body, ['display_name']);
    validate(kit, body);
    if (body.currency_code !== undefined && body.currency_code !== rec.currency_code && ownedBy(ctx, 'payments', rec.customer_id).length > 0) {
      throw fail(400, 3062, 'The currency cannot be changed as there are transactions for this customer.');
    }
    Object.assign(rec, pick(body, clone), { updated_time: zohoTime() });
    return ok({ customer: clone(completeCustomer(rec)) }, 'The customer details have been updated.');
  });

  router.delete(`${base}/:id`, (ctx) => {
    const rec = findCustomer(ctx, kit);
    const busy = ['subscriptions', 'invoices', 'payments', 'creditnotes'].some((c) => ownedBy(ctx, c, rec.customer_id).length > 0);
    if (busy) {
      throw fail(400, 3003, 'The customer cannot be deleted as there are subscriptions or transactions associated with it.');
    }
    ctx.state.customers.remove(rec.customer_id);
    for (const name of ['contactpersons', 'cards', 'bankaccounts']) {
      for (const r of ownedBy(ctx, name, rec.customer_id)) ctx.state[name].remove(r[ctx.state[name].idField]);
    }
    return ok({}, 'The customer has been deleted.');
  });

  router.post(`${base}/:id/markasactive`, (ctx) => {
    const rec = findCustomer(ctx, kit);
    Object.assign(rec, { status: 'active', updated_time: zohoTime() });
    return ok({}, 'The customer has been marked as active.');
  });

  router.post(`${base}/:id/markasinactive`, (ctx) => {
    const rec = findCustomer(ctx, kit);
    if (subscriptionsOf(ctx, rec.customer_id).length > 0) {
      throw fail(400, 3061, 'The customer cannot be marked as inactive as there are active subscriptions associated with it.');
    }
    Object.assign(rec, { status: 'inactive', updated_time: zohoTime() });
    return ok({}, 'The customer has been marked as inactive.');
  });

  router.get(`${API}/transactions`, (ctx) => {
    let items = transactions(ctx);
    let applied = 'TransactionType.All';
    const filterBy = queryValue(ctx.query, 'filter_by');
    if (filterBy !== undefined && filterBy !== '') {
      const [prefix, value] = String(filterBy).split('.');
      if (prefix !== 'TransactionType' || !Object.prototype.hasOwnProperty.call(TRANSACTION_TYPES, value)) {
        throw fail(400, 2, 'Invalid value passed for filter_by');
      }
      applied = filterBy;
      if (TRANSACTION_TYPES[value]) items = items.filter((r) => r.type === TRANSACTION_TYPES[value]);
    }
    const customerId = queryValue(ctx.query, 'customer_id');
    if (customerId !== undefined && customerId !== '') {
      if (!ctx.state.customers.has(customerId)) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
      items = items.filter((r) => String(r.customer_id) === String(customerId));
    }
    return listResponse(ctx, items, { plural: 'transactions', reportName: 'Transactions', applied });
  });
}

/** Derived fields Zoho adds to every customer. */
function completeCustomer(rec) {
  if (!rec.currency_code) rec.currency_code = 'USD';
  rec.currency_symbol = CURRENCY_SYMBOLS[rec.currency_code] || rec.currency_code;
  for (const key of ['billing_address', 'shipping_address']) if (!rec[key]) rec[key] = {};
  if (!rec.custom_fields) rec.custom_fields = [];
  if (!rec.tags) rec.tags = [];
  rec.is_linked_with_zohocrm = Boolean(rec.zcrm_account_id || rec.zcrm_contact_id);
  return rec;
}

const CUSTOMERS = {
  collection: 'customers',
  path: 'customers',
  idField: 'customer_id',
  singular: 'customer',
  plural: 'customers',
  generic: false, // every route is in routes() above
  fields: ['display_name', 'email', 'company_name', 'first_name', 'last_name'],
  defaults: {
    status: 'active',
    currency_code: 'USD',
    payment_terms: 0,
    payment_terms_label: 'Due on receipt',
    is_portal_enabled: false,
    ach_supported: false,
    is_gapps_customer: false,
    unused_credits: 0,
    outstanding: 0,
    source: 'user',
  },
  notFound: NOT_FOUND,
  messages: {},
  sample: (i) => ({
    display_name: `Customer ${String(i + 1).padStart(4, '0')}`,
    email: `customer${i + 1}@example.com`,
    company_name: `Company ${i + 1}`,
  }),
};

module.exports = {
  modules: [
    CUSTOMERS,
    {
      // rows of GET /transactions that no other module produces (seed them for list tests)
      collection: 'transactions',
      path: 'transactions',
      idField: 'transaction_id',
      singular: 'transaction',
      plural: 'transactions',
      generic: false,
      fields: ['customer_id', 'type', 'date', 'amount', 'status', 'reference_id'],
      defaults: { type: 'invoice', status: 'sent', amount: 0 },
      notFound: { code: 1002, message: 'Transaction does not exist.' },
      messages: {},
      sample: (i) => ({ date: '2026-01-15', amount: 10 + i, reference_id: `REF-${i + 1}` }),
    },
  ],
  routes,
  customerHelpers: { EMAIL, ownedBy, CUSTOMER_NOT_FOUND: NOT_FOUND },
};

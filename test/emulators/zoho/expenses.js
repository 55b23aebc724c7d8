'use strict';
/**
 * Zoho Billing Expenses (/expenses): list with Zoho's filters, search and sort; create, retrieve,
 * update (PUT) and delete, with the documented error codes (1002 unknown expense, 5001 invoiced
 * expense cannot be deleted, 5015 invalid amount, 5019 customer of an invoiced expense cannot
 * change, 5032 an invoiced expense cannot become non-billable).
 *
 * Also exports the list helpers (`listQuery`) and lookups (`accountName`, `customerName`) that the
 * other project-and-expense module files of this folder use.
 */

const EXPENSE_FIELDS = [
  'account_id', 'date', 'amount', 'tax_id', 'is_inclusive_tax', 'source_of_supply', 'destination_of_supply',
  'hsn_or_sac', 'gst_no', 'reverse_charge_tax_id', 'custom_fields', 'line_items', 'taxes', 'is_billable',
  'reference_number', 'description', 'customer_id', 'currency_id', 'exchange_rate', 'project_id', 'mileage_type',
  'vat_treatment', 'product_type', 'acquisition_vat_id', 'reverse_charge_vat_id', 'start_reading', 'end_reading',
  'distance', 'mileage_unit', 'mileage_rate', 'employee_id', 'vehicle_type', 'can_reclaim_vat_on_mileage', 'fuel_type',
  'engine_capacity_range',
];

/** Expense accounts of the demo chart of accounts (any other all-digit ID is "Other Expenses"). */
const ACCOUNTS = {
  '982000000561057': 'Rent',
  '982000000561060': 'Travel Expense',
  '982000000561063': 'Office Supplies',
  '982000000561066': 'Advertising And Marketing',
};
const accountName = (id) => ACCOUNTS[String(id)] || 'Other Expenses';

/** The customer's display name from the customers module when it holds the customer. */
function customerName(ctx, id) {
  if (id === undefined || id === null || id === '') return '';
  const customers = ctx.state.customers;
  const rec = customers && typeof customers.get === 'function' ? customers.get(id) : undefined;
  return rec && rec.display_name ? rec.display_name : `Customer ${id}`;
}

/** yyyy-mm-dd and a real calendar day. */
const isDate = (v) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/**
 * Applies Zoho list query parameters to `items`:
 *  filterBy     { prefix, values: { Name: predicate | null } }  → filter_by=<prefix>.<Name>
 *  exact        [field]                                          → field=value
 *  text         [field]                                          → field, field_startswith, field_contains
 *  dates        [field]                                          → field, field_start, field_end, field_before, field_after
 *  amounts      { param: field }                                 → param, param_less_than, …_less_equals, …_greater_than
 *  search       [field]                                          → search_text (any of the fields contains it)
 *  sortColumns  [column]                                         → sort_column (+ sort_order A|D)
 * Unknown filter_by or sort_column values are refused the way Zoho does (400, code 2).
 */
function listQuery(ctx, kit, items, opts) {
  const q = (name) => {
    const v = kit.queryValue(ctx.query, name);
    return v === undefined || v === '' ? undefined : String(v);
  };
  let out = items.slice();
  let applied;
  if (opts.filterBy) {
    applied = `${opts.filterBy.prefix}.All`;
    const value = q('filter_by');
    if (value !== undefined) {
      const [prefix, name] = value.split('.');
      const values = opts.filterBy.values;
      if (prefix !== opts.filterBy.prefix || !Object.prototype.hasOwnProperty.call(values, name)) {
        throw kit.fail(400, 2, 'Invalid value passed for filter_by');
      }
      applied = value;
      if (values[name]) out = out.filter((r) => values[name](r, ctx));
    }
  }
  for (const field of opts.exact || []) {
    const v = q(field);
    if (v !== undefined) out = out.filter((r) => String(r[field]) === v);
  }
  const lower = (v) => String(v === undefined || v === null ? '' : v).toLowerCase();
  for (const field of opts.text || []) {
    const exact = q(field);
    const starts = q(`${field}_startswith`);
    const contains = q(`${field}_contains`);
    if (exact !== undefined) out = out.filter((r) => lower(r[field]) === lower(exact));
    if (starts !== undefined) out = out.filter((r) => lower(r[field]).startsWith(lower(starts)));
    if (contains !== undefined) out = out.filter((r) => lower(r[field]).includes(lower(contains)));
  }
  for (const field of opts.dates || []) {
    const checks = [
      [field, (a, b) => a === b],
      [`${field}_start`, (a, b) => a >= b],
      [`${field}_end`, (a, b) => a <= b],
      [`${field}_after`, (a, b) => a > b],
      [`${field}_before`, (a, b) => a < b],
    ];
    for (const [param, keep] of checks) {
      const v = q(param);
      if (v === undefined) continue;
      if (!isDate(v)) throw kit.fail(400, 2, `Invalid value passed for ${param}`);
      out = out.filter((r) => typeof r[field] === 'string' && r[field] !== '' && keep(r[field], v));
    }
  }
  for (const [param, field] of Object.entries(opts.amounts || {})) {
    const checks = [
      [param, (a, b) => a === b],
      [`${param}_less_than`, (a, b) => a < b],
      [`${param}_less_equals`, (a, b) => a <= b],
      [`${param}_greater_than`, (a, b) => a > b],
      [`${param}_greater_equals`, (a, b) => a >= b],
    ];
    for (const [name, keep] of checks) {
      const v = q(name);
      if (v === undefined) continue;
      const n = Number(v);
      if (!Number.isFinite(n)) throw kit.fail(400, 2, `Invalid value passed for ${name}`);
      out = out.filter((r) => keep(Number(r[field]), n));
    }
  }
  const search = q('search_text');
  if (search !== undefined && opts.search) {
    out = out.filter((r) => opts.search.some((f) => lower(r[f]).includes(lower(search))));
  }
  const sortColumn = q('sort_column');
  if (sortColumn !== undefined) {
    if (!(opts.sortColumns || []).includes(sortColumn)) throw kit.fail(400, 2, 'Invalid value passed for sort_column');
    const descending = q('sort_order') === 'D';
    const value = (r) => (typeof r[sortColumn] === 'number' ? r[sortColumn] : lower(r[sortColumn]));
    out.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
  }
  return { items: out, applied };
}

function expenseStatus(rec) {
  if (rec.status === 'invoiced' || rec.status === 'reimbursed') return rec.status;
  return rec.is_billable ? 'unbilled' : 'non-billable';
}

function validateExpense(kit, body) {
  kit.checkRequired(body, ['account_id', 'amount']);
  if (!/^\d+$/.test(String(body.account_id))) throw kit.fail(400, 2, 'Invalid value passed for account_id');
  const amount = Number(body.amount);
  if (typeof body.amount === 'boolean' || !Number.isFinite(amount) || amount <= 0) {
    throw kit.fail(400, 5015, 'Enter a valid expense amount');
  }
  if (body.date !== undefined && !isDate(body.date)) throw kit.fail(400, 2, 'Invalid value passed for date');
  for (const key of ['customer_id', 'project_id', 'currency_id', 'tax_id']) {
    if (body[key] !== undefined && body[key] !== '' && !/^\d+$/.test(String(body[key]))) {
      throw kit.fail(400, 2, `Invalid value passed for ${key}`);
    }
  }
  if (body.line_items !== undefined) {
    if (!Array.isArray(body.line_items)) throw kit.fail(400, 2, 'Invalid value passed for line_items');
    for (const line of body.line_items) {
      if (!kit.isPlainObject(line) || !line.account_id || !(Number(line.amount) > 0)) {
        throw kit.fail(400, 2, 'Invalid value passed for line_items');
      }
    }
  }
  if (body.custom_fields !== undefined && !Array.isArray(body.custom_fields)) {
    throw kit.fail(400, 2, 'Invalid value passed for custom_fields');
  }
}

/** Fills the read-only fields Zoho computes (names, totals, status). */
function decorate(ctx, rec) {
  const amount = Number(rec.amount);
  const rate = Number(rec.exchange_rate) > 0 ? Number(rec.exchange_rate) : 1;
  rec.amount = amount;
  rec.account_name = accountName(rec.account_id);
  rec.sub_total = amount;
  rec.total = amount;
  rec.bcy_total = Math.round(amount * rate * 100) / 100;
  rec.customer_name = customerName(ctx, rec.customer_id);
  const project = rec.project_id && ctx.state.projects ? ctx.state.projects.get(rec.project_id) : undefined;
  rec.project_name = project ? project.project_name : '';
  rec.is_itemized_expense = Array.isArray(rec.line_items) && rec.line_items.length > 0;
  rec.status = expenseStatus(rec);
  return rec;
}

const expenseModule = {
  collection: 'expenses',
  path: 'expenses',
  idField: 'expense_id',
  singular: 'expense',
  plural: 'expenses',
  reportName: 'Expenses',
  fields: EXPENSE_FIELDS,
  required: ['account_id', 'amount'],
  updateRequired: ['account_id', 'amount'],
  generic: false,
  defaults: {
    is_billable: false,
    is_inclusive_tax: false,
    is_personal: false,
    currency_id: '982000000000190',
    currency_code: 'USD',
    exchange_rate: 1,
    description: '',
    reference_number: '',
    customer_id: '',
    project_id: '',
    tax_id: '',
    custom_fields: [],
    mileage_type: 'non_mileage',
    expense_type: 'non-mileage',
    expense_receipt_name: '',
    invoice_id: '',
    invoice_number: '',
    transaction_type: 'expense',
  },
  messages: {
    created: 'The expense has been recorded.',
    updated: 'Expense information has been updated.',
    deleted: 'The expense has been deleted.',
  },
  notFound: { code: 1002, message: 'Expense does not exist.' },
  sample: (i) => {
    const accounts = Object.keys(ACCOUNTS);
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      account_id: accounts[i % accounts.length],
      amount: 100 + i,
      date: `2025-01-${day}`,
      description: `Seeded expense ${i + 1}`,
      reference_number: `REF-${String(i + 1).padStart(4, '0')}`,
    };
  },
};

const LIST_OPTIONS = {
  filterBy: {
    prefix: 'Status',
    values: {
      All: null,
      Billable: (r) => r.is_billable === true,
      Nonbillable: (r) => r.is_billable !== true,
      Reimbursed: (r) => r.status === 'reimbursed',
      Invoiced: (r) => r.status === 'invoiced',
      Unbilled: (r) => r.status === 'unbilled',
    },
  },
  exact: ['status', 'customer_id', 'recurring_expense_id', 'paid_through_account_id', 'project_id'],
  text: ['description', 'reference_number', 'account_name', 'customer_name'],
  dates: ['date'],
  amounts: { amount: 'total' },
  search: ['account_name', 'description', 'customer_name', 'vendor_name'],
  sortColumns: ['date', 'account_name', 'total', 'bcy_total', 'reference_number', 'customer_name', 'created_time'],
};

function routes(router, kit) {
  const base = `${kit.API}/expenses`;
  const mod = expenseModule;

  router.get(base, (ctx) => {
    const { items, applied } = listQuery(ctx, kit, ctx.state.expenses.all().map((r) => decorate(ctx, r)), LIST_OPTIONS);
    return kit.listResponse(ctx, items, { plural: 'expenses', reportName: 'Expenses', applied });
  });

  router.post(base, (ctx) => {
    const body = kit.bodyObject(ctx);
    validateExpense(kit, body);
    const fields = { date: kit.zohoDate(), ...kit.pickFields(body, EXPENSE_FIELDS) };
    const rec = ctx.state.expenses.insert(decorate(ctx, ctx.emu.buildRecord(mod, fields)));
    return kit.ok({ expense: kit.clone(rec) }, mod.messages.created, 201);
  });

  router.get(`${base}/:id`, (ctx) => kit.ok({ expense: kit.clone(decorate(ctx, kit.findOr404(ctx, mod))) }));

  router.put(`${base}/:id`, (ctx) => {
    const rec = kit.findOr404(ctx, mod);
    const body = kit.bodyObject(ctx);
    validateExpense(kit, body);
    if (rec.status === 'invoiced') {
      if (body.customer_id !== undefined && String(body.customer_id) !== String(rec.customer_id)) {
        throw kit.fail(400, 5019, 'Contact cannot be changed for an invoiced expense');
      }
      if (body.is_billable === false) {
        throw kit.fail(400, 5032, 'You cannot make this expense non-billable as it has been already invoiced');
      }
    }
    const deleteReceipt = kit.queryValue(ctx.query, 'delete_receipt');
    if (deleteReceipt !== undefined && !['true', 'false'].includes(String(deleteReceipt))) {
      throw kit.fail(400, 2, 'Invalid value passed for delete_receipt');
    }
    if (String(deleteReceipt) === 'true') Object.assign(rec, { expense_receipt_name: '', expense_receipt_type: '' });
    Object.assign(rec, kit.pickFields(body, EXPENSE_FIELDS), { last_modified_time: kit.zohoTime(), updated_time: kit.zohoTime() });
    decorate(ctx, rec);
    return kit.ok({ expense: kit.clone(rec) }, mod.messages.updated);
  });

  router.delete(`${base}/:id`, (ctx) => {
    const rec = kit.findOr404(ctx, mod);
    if (rec.status === 'invoiced') throw kit.fail(400, 5001, 'Expenses that were converted to an invoice cannot be deleted');
    ctx.state.expenses.remove(ctx.params.id);
    return kit.ok({}, mod.messages.deleted);
  });
}

module.exports = {
  modules: [expenseModule],
  routes,
  // for the other project-and-expense files of this folder
  listQuery,
  accountName,
  customerName,
  isDate,
  ACCOUNTS,
};

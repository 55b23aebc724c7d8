'use strict';
/**
 * Zoho Billing Recurring Expenses (/recurringexpenses). Zoho updates them with POST
 * /recurringexpenses/{id} (there is no PUT); stop and resume change the status; the child
 * expenses are the expenses (expenses module) whose recurring_expense_id is the recurring
 * expense; the history (/comments) records creation, updates, stop and resume.
 * Documented errors: 4027 bad date range, 5012 name already exists, 5015 invalid amount.
 */
const { listQuery, accountName, customerName, isDate } = require('./expenses');

const FIELDS = [
  'account_id', 'recurrence_name', 'start_date', 'end_date', 'recurrence_frequency', 'repeat_every', 'amount',
  'gst_no', 'source_of_supply', 'destination_of_supply', 'reverse_charge_tax_id', 'custom_fields', 'line_items',
  'vat_treatment', 'product_type', 'acquisition_vat_id', 'reverse_charge_vat_id', 'tax_id', 'is_inclusive_tax',
  'is_billable', 'customer_id', 'project_id', 'currency_id', 'exchange_rate',
];
const REQUIRED = ['account_id', 'recurrence_name', 'start_date', 'recurrence_frequency', 'repeat_every', 'amount'];
const FREQUENCIES = ['days', 'weeks', 'months', 'years'];

const recurringExpenseModule = {
  collection: 'recurringexpenses',
  path: 'recurringexpenses',
  idField: 'recurring_expense_id',
  singular: 'recurring_expense',
  plural: 'recurring_expenses',
  reportName: 'Recurring Expenses',
  fields: FIELDS,
  required: REQUIRED,
  updateRequired: REQUIRED,
  generic: false,
  defaults: {
    end_date: '',
    is_billable: false,
    is_inclusive_tax: false,
    customer_id: '',
    project_id: '',
    currency_id: '982000000000190',
    currency_code: 'USD',
    exchange_rate: 1,
    custom_fields: [],
    last_created_date: '',
    status: 'active',
  },
  messages: {
    created: 'The recurring expense has been created',
    updated: 'Recurring expense information has been updated',
    deleted: 'The recurring expense has been deleted.',
  },
  notFound: { code: 1002, message: 'Recurring expense does not exist.' },
  sample: (i) => ({
    recurrence_name: `Recurring ${String(i + 1).padStart(4, '0')}`,
    account_id: '982000000561057',
    account_name: 'Rent',
    amount: 500 + i,
    total: 500 + i,
    start_date: '2030-01-01',
    next_expense_date: '2030-01-01',
    recurrence_frequency: 'months',
    repeat_every: 1,
  }),
};

const historyCollection = { name: 'recurringexpensecomments', idField: 'comment_id' };

function validate(ctx, kit, body, currentId) {
  kit.checkRequired(body, REQUIRED);
  if (!/^\d+$/.test(String(body.account_id))) throw kit.fail(400, 2, 'Invalid value passed for account_id');
  if (String(body.recurrence_name).length > 100) throw kit.fail(400, 2, 'Invalid value passed for recurrence_name');
  const clash = ctx.state.recurringexpenses.find(
    (r) => r.recurrence_name.toLowerCase() === String(body.recurrence_name).toLowerCase() && r.recurring_expense_id !== currentId,
  );
  if (clash) throw kit.fail(400, 5012, 'Recurrence Name already exists');
  const amount = Number(body.amount);
  if (typeof body.amount === 'boolean' || !Number.isFinite(amount) || amount <= 0) {
    throw kit.fail(400, 5015, 'Enter a valid expense amount');
  }
  if (!FREQUENCIES.includes(body.recurrence_frequency)) throw kit.fail(400, 2, 'Invalid value passed for recurrence_frequency');
  if (!Number.isInteger(Number(body.repeat_every)) || Number(body.repeat_every) < 1) {
    throw kit.fail(400, 2, 'Invalid value passed for repeat_every');
  }
  if (!isDate(body.start_date)) throw kit.fail(400, 2, 'Invalid value passed for start_date');
  if (body.end_date !== undefined && body.end_date !== '') {
    if (!isDate(body.end_date)) throw kit.fail(400, 2, 'Invalid value passed for end_date');
    if (body.end_date < body.start_date) throw kit.fail(400, 4027, 'Please select a valid date range');
  }
}

function decorate(ctx, rec) {
  rec.amount = Number(rec.amount);
  rec.repeat_every = Number(rec.repeat_every);
  rec.total = rec.amount;
  rec.sub_total = rec.amount;
  rec.bcy_total = Math.round(rec.amount * (Number(rec.exchange_rate) > 0 ? Number(rec.exchange_rate) : 1) * 100) / 100;
  rec.account_name = accountName(rec.account_id);
  rec.customer_name = customerName(ctx, rec.customer_id);
  if (!rec.next_expense_date) rec.next_expense_date = rec.start_date;
  if (rec.status === 'active' && rec.end_date && rec.end_date < rec.next_expense_date) rec.status = 'expired';
  return rec;
}

function addHistory(ctx, kit, id, text, operation) {
  ctx.state.recurringexpensecomments.insert({
    recurring_expense_id: id,
    description: text,
    commented_by_id: '460000000024003',
    commented_by: 'Piper Owner',
    date: kit.zohoDate(),
    time: kit.zohoTime().slice(11, 16),
    operation_type: operation,
    transaction_id: '',
    transaction_type: 'recurring_expense',
  });
}

const LIST_OPTIONS = {
  filterBy: {
    prefix: 'Status',
    values: {
      All: null,
      Active: (r) => r.status === 'active',
      Expired: (r) => r.status === 'expired',
      Stopped: (r) => r.status === 'stopped',
    },
  },
  exact: ['status', 'account_id', 'customer_id', 'paid_through_account_id'],
  text: ['recurrence_name', 'account_name', 'customer_name'],
  dates: ['last_created_date', 'next_expense_date'],
  amounts: { amount: 'total' },
  search: ['account_name', 'description', 'customer_name', 'recurrence_name'],
  sortColumns: ['next_expense_date', 'account_name', 'total', 'last_created_date', 'recurrence_name', 'customer_name', 'created_time'],
};

function routes(router, kit) {
  const base = `${kit.API}/recurringexpenses`;
  const mod = recurringExpenseModule;
  const find = (ctx) => kit.findOr404(ctx, mod);

  router.get(base, (ctx) => {
    const all = ctx.state.recurringexpenses.all().map((r) => decorate(ctx, r));
    const { items, applied } = listQuery(ctx, kit, all, LIST_OPTIONS);
    return kit.listResponse(ctx, items, { plural: 'recurring_expenses', reportName: 'Recurring Expenses', applied });
  });

  router.post(base, (ctx) => {
    const body = kit.bodyObject(ctx);
    validate(ctx, kit, body);
    const rec = ctx.state.recurringexpenses.insert(decorate(ctx, ctx.emu.buildRecord(mod, kit.pickFields(body, FIELDS))));
    addHistory(ctx, kit, rec.recurring_expense_id, 'Recurring Expense created', 'Added');
    return kit.ok({ recurring_expense: kit.clone(rec) }, mod.messages.created, 201);
  });

  router.get(`${base}/:id`, (ctx) => kit.ok({ recurring_expense: kit.clone(decorate(ctx, find(ctx))) }));

  // Zoho's update of a recurring expense is a POST
  router.post(`${base}/:id`, (ctx) => {
    const rec = find(ctx);
    const body = kit.bodyObject(ctx);
    validate(ctx, kit, body, rec.recurring_expense_id);
    Object.assign(rec, kit.pickFields(body, FIELDS), { next_expense_date: body.start_date, last_modified_time: kit.zohoTime() });
    decorate(ctx, rec);
    addHistory(ctx, kit, rec.recurring_expense_id, 'Recurring Expense updated', 'Updated');
    return kit.ok({ recurring_expense: kit.clone(rec) }, mod.messages.updated);
  });

  router.delete(`${base}/:id`, (ctx) => {
    find(ctx);
    ctx.state.recurringexpenses.remove(ctx.params.id);
    return kit.ok({}, mod.messages.deleted);
  });

  router.post(`${base}/:id/status/stop`, (ctx) => {
    const rec = find(ctx);
    rec.status = 'stopped';
    addHistory(ctx, kit, rec.recurring_expense_id, 'Recurring Expense stopped', 'Updated');
    return kit.ok({}, 'The recurring expense has been stopped.');
  });

  router.post(`${base}/:id/status/resume`, (ctx) => {
    const rec = find(ctx);
    rec.status = 'active';
    decorate(ctx, rec);
    addHistory(ctx, kit, rec.recurring_expense_id, 'Recurring Expense resumed', 'Updated');
    return kit.ok({}, 'The recurring expense has been activated.');
  });

  router.get(`${base}/:id/expenses`, (ctx) => {
    const rec = find(ctx);
    const children = ctx.state.expenses
      .filter((e) => String(e.recurring_expense_id) === rec.recurring_expense_id)
      .map((e) => ({
        expense_id: e.expense_id,
        date: e.date,
        account_name: accountName(e.account_id),
        customer_name: customerName(ctx, e.customer_id),
        total: Number(e.total !== undefined ? e.total : e.amount),
        status: e.status || (e.is_billable ? 'unbilled' : 'non-billable'),
        vendor_name: e.vendor_name || '',
        paid_through_account_name: e.paid_through_account_name || 'Petty Cash',
        created_time: e.created_time,
      }));
    const { items } = listQuery(ctx, kit, children, {
      sortColumns: ['next_expense_date', 'account_name', 'total', 'last_created_date', 'recurrence_name', 'customer_name', 'created_time'],
    });
    return kit.listResponse(ctx, items, { plural: 'expensehistory', reportName: 'Expense History' });
  });

  router.get(`${base}/:id/comments`, (ctx) => {
    const rec = find(ctx);
    const comments = ctx.state.recurringexpensecomments.filter((c) => c.recurring_expense_id === rec.recurring_expense_id);
    return kit.listResponse(ctx, comments, { plural: 'comments', reportName: 'Comments' });
  });
}

module.exports = { modules: [recurringExpenseModule], collections: [historyCollection], routes };

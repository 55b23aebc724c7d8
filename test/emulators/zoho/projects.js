'use strict';
/**
 * Zoho Billing Projects (/projects): create (with tasks and users), list (status, customer, sort),
 * retrieve (with tasks, users and hours from time entries), update, delete, activate, deactivate,
 * clone, the project's users (assign, invite, list, get, update, remove), comments (post, list,
 * delete) and invoices (list; the `projectinvoices` collection, seeded by tests).
 * The connected user (460000000024003, Piper Owner) is the organization's first user and the
 * admin of every project created; invited users join the organization (`orgusers`).
 * Documented errors: 1002 unknown project, 20004 negative amount, 20077 project with expenses
 * cannot be deleted.
 */
const { listQuery, customerName } = require('./expenses');
const { registerTimeEntryRoutes, toMinutes, toHhmm } = require('./timeentries');
const { decorateTask, validateTask, TASK_FIELDS, taskModule } = require('./tasks');

const FIELDS = ['project_name', 'customer_id', 'description', 'billing_type', 'rate', 'budget_type', 'budget_hours', 'budget_amount'];
const BILLING_TYPES = ['fixed_cost_for_project', 'based_on_project_hours', 'based_on_staff_hours', 'based_on_task_hours'];
const BUDGET_TYPES = ['total_project_cost', 'total_project_hours', 'hours_per_task', 'hours_per_staff'];
const ROLES = ['admin', 'staff', 'timesheetstaff'];
const ME = { user_id: '460000000024003', user_name: 'Piper Owner', email: 'owner@zillum.com' };

const projectModule = {
  collection: 'projects',
  path: 'projects',
  idField: 'project_id',
  singular: 'project',
  plural: 'projects',
  reportName: 'Projects',
  fields: FIELDS,
  required: ['project_name', 'customer_id', 'billing_type'],
  updateRequired: ['project_name', 'customer_id', 'billing_type'],
  generic: false,
  defaults: { description: '', rate: 0, budget_type: '', budget_hours: 0, budget_amount: 0, status: 'active', currency_code: 'USD' },
  messages: {
    created: 'The project has been created.',
    updated: 'The project information has been updated.',
    deleted: 'The project has been deleted.',
  },
  notFound: { code: 1002, message: 'Project does not exist.' },
  sample: (i) => ({
    project_name: `Project ${String(i + 1).padStart(4, '0')}`,
    customer_id: '460000000044001',
    billing_type: 'based_on_task_hours',
    users: [projectUser(ME, 'admin')],
  }),
};

const collections = [
  { name: 'orgusers', idField: 'user_id' },
  { name: 'projectcomments', idField: 'comment_id' },
  { name: 'projectinvoices', idField: 'invoice_id' },
];

function projectUser(user, role, extra = {}) {
  return {
    user_id: user.user_id,
    is_current_user: user.user_id === ME.user_id,
    user_name: user.user_name,
    email: user.email,
    user_role: role,
    status: 'active',
    rate: 0,
    budget_hours: 0,
    ...extra,
  };
}

/** The organization's users, with the connected user always there. */
function orgUsers(ctx) {
  if (!ctx.state.orgusers.has(ME.user_id)) ctx.state.orgusers.insert({ ...ME });
  return ctx.state.orgusers;
}

function numberOrFail(kit, body, key) {
  if (body[key] === undefined || body[key] === '') return;
  const n = Number(body[key]);
  if (typeof body[key] === 'boolean' || !Number.isFinite(n)) throw kit.fail(400, 2, `Invalid value passed for ${key}`);
  if (n < 0) throw kit.fail(400, 20004, 'Please ensure that the amount is not negative');
}

function validateProject(ctx, kit, body, { create }) {
  kit.checkRequired(body, ['project_name', 'customer_id', 'billing_type']);
  if (String(body.project_name).length > 100) throw kit.fail(400, 2, 'Invalid value passed for project_name');
  if (!/^\d+$/.test(String(body.customer_id))) throw kit.fail(400, 2, 'Invalid value passed for customer_id');
  if (!BILLING_TYPES.includes(body.billing_type)) throw kit.fail(400, 2, 'Invalid value passed for billing_type');
  if (body.billing_type === 'fixed_cost_for_project' || body.billing_type === 'based_on_project_hours') {
    kit.checkRequired(body, ['rate']);
  }
  for (const key of ['rate', 'budget_hours', 'budget_amount']) numberOrFail(kit, body, key);
  if (body.budget_type !== undefined && body.budget_type !== '' && !BUDGET_TYPES.includes(body.budget_type)) {
    throw kit.fail(400, 2, 'Invalid value passed for budget_type');
  }
  if (body.description !== undefined && String(body.description).length > 500) throw kit.fail(400, 2, 'Invalid value passed for description');
  if (!create) return;
  if (body.tasks !== undefined) {
    if (!Array.isArray(body.tasks)) throw kit.fail(400, 2, 'Invalid value passed for tasks');
    for (const task of body.tasks) validateTask(kit, kit.isPlainObject(task) ? task : {});
  }
  if (body.users !== undefined) {
    if (!Array.isArray(body.users)) throw kit.fail(400, 2, 'Invalid value passed for users');
    for (const user of body.users) {
      if (!kit.isPlainObject(user) || !orgUsers(ctx).has(user.user_id)) throw kit.fail(400, 2, 'Invalid value passed for user_id');
      if (user.user_role !== undefined && !ROLES.includes(user.user_role)) throw kit.fail(400, 2, 'Invalid value passed for user_role');
      numberOrFail(kit, user, 'rate');
      numberOrFail(kit, user, 'budget_hours');
    }
  }
}

/** The project as Zoho shows it: names, hours from time entries, its tasks and users. */
function expand(ctx, rec) {
  const entries = ctx.state.timeentries.filter((e) => e.project_id === rec.project_id);
  const sum = (list) => toHhmm(list.reduce((n, e) => n + toMinutes(e.log_time), 0));
  const billable = entries.filter((e) => e.is_billable !== false);
  rec.customer_name = customerName(ctx, rec.customer_id);
  rec.rate = Number(rec.rate) || 0;
  rec.total_hours = sum(entries);
  rec.billable_hours = sum(billable);
  rec.billed_hours = sum(entries.filter((e) => e.billed_status === 'invoiced'));
  rec.un_billed_hours = sum(billable.filter((e) => e.billed_status !== 'invoiced'));
  rec.non_billable_hours = sum(entries.filter((e) => e.is_billable === false));
  rec.show_in_dashboard = true;
  if (!Array.isArray(rec.users)) rec.users = [projectUser(ME, 'admin')];
  const tasks = ctx.state.tasks.filter((t) => t.project_id === rec.project_id).map((t) => decorateTask(ctx, t));
  return { ...rec, tasks };
}

const summary = (p) => ({
  project_id: p.project_id,
  project_name: p.project_name,
  customer_id: p.customer_id,
  customer_name: p.customer_name,
  description: p.description,
  status: p.status,
  billing_type: p.billing_type,
  rate: p.rate,
  created_time: p.created_time,
  has_attachment: false,
  total_hours: p.total_hours,
  billable_hours: p.billable_hours,
});

function addTasks(ctx, project, tasks) {
  for (const task of tasks || []) {
    ctx.state.tasks.insert(ctx.emu.buildRecord(taskModule, { ...pick(task, TASK_FIELDS), project_id: project.project_id }));
  }
}

function pick(obj, fields) {
  const out = {};
  for (const f of fields) if (obj[f] !== undefined) out[f] = obj[f];
  return out;
}

function routes(router, kit) {
  // /projects/timeentries… first: the project routes below would take "timeentries" for a project ID
  registerTimeEntryRoutes(router, kit);

  const base = `${kit.API}/projects`;
  const mod = projectModule;
  const find = (ctx) => kit.findOr404(ctx, mod);
  const one = (ctx, rec, message, status) => kit.ok({ project: kit.clone(expand(ctx, rec)) }, message, status);
  const findUser = (ctx, rec) => {
    const user = (rec.users || []).find((u) => u.user_id === ctx.params.user_id);
    if (!user) throw kit.fail(404, 1002, 'User does not exist in this project.');
    return user;
  };

  router.get(base, (ctx) => {
    const all = ctx.state.projects.all().map((p) => summary(expand(ctx, p)));
    const { items, applied } = listQuery(ctx, kit, all, {
      filterBy: {
        prefix: 'Status',
        values: { All: null, Active: (p) => p.status === 'active', Inactive: (p) => p.status === 'inactive' },
      },
      exact: ['customer_id'],
      sortColumns: ['project_name', 'customer_name', 'rate', 'created_time'],
    });
    return kit.listResponse(ctx, items, { plural: 'projects', reportName: 'Projects', applied });
  });

  router.post(base, (ctx) => {
    const body = kit.bodyObject(ctx);
    validateProject(ctx, kit, body, { create: true });
    const users = [projectUser(ME, 'admin')];
    for (const u of body.users || []) {
      if (u.user_id === ME.user_id) continue;
      const orgUser = orgUsers(ctx).get(u.user_id);
      users.push(projectUser(orgUser, u.user_role || 'staff', pick(u, ['rate', 'budget_hours'])));
    }
    const rec = ctx.state.projects.insert(ctx.emu.buildRecord(mod, { ...kit.pickFields(body, FIELDS), users }));
    addTasks(ctx, rec, body.tasks);
    return one(ctx, rec, mod.messages.created, 201);
  });

  router.get(`${base}/:id`, (ctx) => one(ctx, find(ctx)));

  router.put(`${base}/:id`, (ctx) => {
    const rec = find(ctx);
    const body = kit.bodyObject(ctx);
    validateProject(ctx, kit, body, { create: false });
    Object.assign(rec, kit.pickFields(body, FIELDS), { updated_time: kit.zohoTime() });
    return one(ctx, rec, mod.messages.updated);
  });

  router.delete(`${base}/:id`, (ctx) => {
    const rec = find(ctx);
    if (ctx.state.expenses.find((e) => String(e.project_id) === rec.project_id)) {
      throw kit.fail(400, 20077, 'Expense has been recorded for this project. Hence, it cannot be deleted');
    }
    for (const t of ctx.state.tasks.filter((x) => x.project_id === rec.project_id)) ctx.state.tasks.remove(t.task_id);
    for (const e of ctx.state.timeentries.filter((x) => x.project_id === rec.project_id)) ctx.state.timeentries.remove(e.time_entry_id);
    for (const c of ctx.state.projectcomments.filter((x) => x.project_id === rec.project_id)) ctx.state.projectcomments.remove(c.comment_id);
    ctx.state.projects.remove(rec.project_id);
    return kit.ok({}, mod.messages.deleted);
  });

  router.post(`${base}/:id/active`, (ctx) => {
    Object.assign(find(ctx), { status: 'active', updated_time: kit.zohoTime() });
    return kit.ok({}, 'The selected Projects have been marked as active.');
  });

  router.post(`${base}/:id/inactive`, (ctx) => {
    Object.assign(find(ctx), { status: 'inactive', updated_time: kit.zohoTime() });
    return kit.ok({}, 'The selected projects have been marked as inactive.');
  });

  router.post(`${base}/:id/clone`, (ctx) => {
    const source = find(ctx);
    const body = kit.bodyObject(ctx);
    kit.checkRequired(body, ['project_name']);
    if (String(body.project_name).length > 100) throw kit.fail(400, 2, 'Invalid value passed for project_name');
    const fields = { ...pick(source, FIELDS), project_name: body.project_name };
    if (body.description !== undefined) fields.description = body.description;
    const copy = ctx.state.projects.insert(ctx.emu.buildRecord(mod, { ...fields, users: kit.clone(source.users || []) }));
    addTasks(ctx, copy, ctx.state.tasks.filter((t) => t.project_id === source.project_id));
    return one(ctx, copy, 'Project has been cloned successfully.', 201);
  });

  // users
  router.get(`${base}/:id/users`, (ctx) => {
    const rec = find(ctx);
    return kit.listResponse(ctx, expand(ctx, rec).users, { plural: 'users', reportName: 'Users' });
  });

  router.post(`${base}/:id/users`, (ctx) => {
    const rec = find(ctx);
    const body = kit.bodyObject(ctx);
    kit.checkRequired(body, ['user_id']);
    const orgUser = orgUsers(ctx).get(body.user_id);
    if (!orgUser) throw kit.fail(400, 2, 'Invalid value passed for user_id');
    numberOrFail(kit, body, 'rate');
    numberOrFail(kit, body, 'budget_hours');
    rec.users = expand(ctx, rec).users;
    if (rec.users.some((u) => u.user_id === orgUser.user_id)) throw kit.fail(400, 2, 'The user is already associated with this project.');
    const user = projectUser(orgUser, 'staff', pick(body, ['rate', 'budget_hours']));
    rec.users.push(user);
    return kit.ok({ users: [kit.clone(user)] }, 'Users added.', 201);
  });

  router.post(`${base}/:id/users/invite`, (ctx) => {
    const rec = find(ctx);
    const body = kit.bodyObject(ctx);
    kit.checkRequired(body, ['user_name', 'email']);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(body.email))) throw kit.fail(400, 2, 'Invalid value passed for email');
    if (body.user_role !== undefined && !ROLES.includes(body.user_role)) throw kit.fail(400, 2, 'Invalid value passed for user_role');
    numberOrFail(kit, body, 'rate');
    numberOrFail(kit, body, 'budget_hours');
    const users = orgUsers(ctx);
    let orgUser = users.find((u) => u.email.toLowerCase() === String(body.email).toLowerCase());
    if (!orgUser) orgUser = users.insert({ user_id: users.generateId(), user_name: body.user_name, email: body.email });
    rec.users = expand(ctx, rec).users;
    if (rec.users.some((u) => u.user_id === orgUser.user_id)) throw kit.fail(400, 2, 'The user is already associated with this project.');
    const user = projectUser(orgUser, body.user_role || 'staff', pick(body, ['rate', 'budget_hours']));
    rec.users.push(user);
    const { user_id, user_name, email, user_role, is_current_user } = user;
    return kit.ok({ users: [{ user_id, user_name, email, user_role, is_current_user }] }, 'The staff has been added.', 201);
  });

  router.get(`${base}/:id/users/:user_id`, (ctx) => {
    const user = findUser(ctx, find(ctx));
    return kit.ok({ users: kit.clone(user) });
  });

  router.put(`${base}/:id/users/:user_id`, (ctx) => {
    const user = findUser(ctx, find(ctx));
    const body = kit.bodyObject(ctx);
    if (body.user_role !== undefined && !ROLES.includes(body.user_role)) throw kit.fail(400, 2, 'Invalid value passed for user_role');
    numberOrFail(kit, body, 'rate');
    numberOrFail(kit, body, 'budget_hours');
    Object.assign(user, pick(body, ['user_name', 'user_role', 'rate', 'budget_hours']));
    const { user_id, user_name, email, user_role, is_current_user } = user;
    return kit.ok({ users: [{ user_id, user_name, email, user_role, is_current_user }] }, 'The staff information has been updated.');
  });

  router.delete(`${base}/:id/users/:user_id`, (ctx) => {
    const rec = find(ctx);
    const user = findUser(ctx, rec);
    rec.users = rec.users.filter((u) => u !== user);
    return kit.ok({}, 'The staff has been removed');
  });

  // comments
  router.get(`${base}/:id/comments`, (ctx) => {
    const rec = find(ctx);
    const comments = ctx.state.projectcomments
      .filter((c) => c.project_id === rec.project_id)
      .map((c) => ({ ...c, is_current_user: c.commented_by_id === ME.user_id }));
    return kit.listResponse(ctx, comments, { plural: 'comments', reportName: 'Comments' });
  });

  router.post(`${base}/:id/comments`, (ctx) => {
    const rec = find(ctx);
    const body = kit.bodyObject(ctx);
    kit.checkRequired(body, ['description']);
    if (String(body.description).length > 500) throw kit.fail(400, 2, 'Invalid value passed for description');
    const comment = ctx.state.projectcomments.insert({
      comment_id: ctx.state.projectcomments.generateId(),
      project_id: rec.project_id,
      description: body.description,
      commented_by_id: ME.user_id,
      commented_by: ME.user_name,
      date: kit.zohoDate(),
      date_description: 'few seconds ago',
      time: kit.zohoTime().slice(11, 16),
    });
    return kit.ok({ comments: [kit.clone(comment)] }, 'Comments added.', 201);
  });

  router.delete(`${base}/:id/comments/:comment_id`, (ctx) => {
    const rec = find(ctx);
    const comment = ctx.state.projectcomments.get(ctx.params.comment_id);
    if (!comment || comment.project_id !== rec.project_id) throw kit.fail(404, 1002, 'Comment does not exist.');
    ctx.state.projectcomments.remove(comment.comment_id);
    return kit.ok({}, 'The comment has been deleted.');
  });

  // invoices raised for the project
  router.get(`${base}/:id/invoices`, (ctx) => {
    const rec = find(ctx);
    const invoices = ctx.state.projectinvoices.filter((i) => i.project_id === rec.project_id);
    const { items } = listQuery(ctx, kit, invoices, { sortColumns: ['invoice_number', 'date', 'total', 'balance', 'created_time'] });
    return kit.listResponse(ctx, items, { plural: 'invoices', reportName: 'Invoices' });
  });
}

module.exports = { modules: [projectModule], collections, routes, ME };

'use strict';
/**
 * Zoho Billing Tasks (/projects/{project_id}/tasks): add, list, retrieve, update and delete the
 * tasks of a project. Hours come from the project's time entries. An unknown project is
 * 404 code 1002, a task of another project too; a negative rate or budget is 20004.
 */
const { customerName } = require('./expenses');
const { toMinutes, toHhmm } = require('./timeentries');

const FIELDS = ['task_name', 'description', 'rate', 'budget_hours'];

const taskModule = {
  collection: 'tasks',
  path: 'projects/:project_id/tasks',
  idField: 'task_id',
  singular: 'task',
  plural: 'tasks',
  reportName: 'Tasks',
  fields: FIELDS,
  required: ['task_name'],
  updateRequired: ['task_name'],
  generic: false,
  defaults: { description: '', rate: 0, budget_hours: 0, status: 'active', is_billable: true },
  messages: {
    created: 'The task has been added.',
    updated: 'The task information has been updated.',
    deleted: 'The task has been deleted successfully.',
  },
  notFound: { code: 1002, message: 'Task does not exist.' },
  sample: (i) => ({ task_name: `Task ${String(i + 1).padStart(4, '0')}`, project_id: '460000000044019' }),
};

function decorateTask(ctx, task) {
  const project = ctx.state.projects.get(task.project_id);
  const entries = ctx.state.timeentries.filter((e) => e.task_id === task.task_id);
  const sum = (list) => toHhmm(list.reduce((n, e) => n + toMinutes(e.log_time), 0));
  task.project_name = project ? project.project_name : '';
  task.customer_id = project ? project.customer_id : '';
  task.customer_name = project ? customerName(ctx, project.customer_id) : '';
  task.currency_id = '982000000000190';
  task.log_time = sum(entries);
  task.billed_hours = sum(entries.filter((e) => e.billed_status === 'invoiced'));
  task.un_billed_hours = sum(entries.filter((e) => e.is_billable !== false && e.billed_status !== 'invoiced'));
  return task;
}

/** Checks a task body (Add / Update, and the tasks of a project). */
function validateTask(kit, body) {
  kit.checkRequired(body, ['task_name']);
  if (String(body.task_name).length > 100) throw kit.fail(400, 2, 'Invalid value passed for task_name');
  for (const key of ['rate', 'budget_hours']) {
    if (body[key] === undefined || body[key] === '') continue;
    const n = Number(body[key]);
    if (!Number.isFinite(n)) throw kit.fail(400, 2, `Invalid value passed for ${key}`);
    if (n < 0) throw kit.fail(400, 20004, 'Please ensure that the amount is not negative');
  }
}

function routes(router, kit) {
  const base = `${kit.API}/projects/:project_id/tasks`;
  const project = (ctx) => {
    const p = ctx.state.projects.get(ctx.params.project_id);
    if (!p) throw kit.fail(404, 1002, 'Project does not exist.');
    return p;
  };
  const findTask = (ctx) => {
    const p = project(ctx);
    const t = ctx.state.tasks.get(ctx.params.task_id);
    if (!t || t.project_id !== p.project_id) throw kit.fail(404, 1002, 'Task does not exist.');
    return t;
  };
  const one = (ctx, task, message, status) => kit.ok({ task: kit.clone(decorateTask(ctx, task)) }, message, status);

  router.get(base, (ctx) => {
    const p = project(ctx);
    const tasks = ctx.state.tasks.filter((t) => t.project_id === p.project_id).map((t) => decorateTask(ctx, t));
    return kit.listResponse(ctx, tasks, { plural: 'tasks', reportName: 'Tasks' });
  });

  router.post(base, (ctx) => {
    const p = project(ctx);
    const body = kit.bodyObject(ctx);
    validateTask(kit, body);
    const task = ctx.state.tasks.insert(ctx.emu.buildRecord(taskModule, { ...kit.pickFields(body, FIELDS), project_id: p.project_id }));
    return one(ctx, task, taskModule.messages.created, 201);
  });

  router.get(`${base}/:task_id`, (ctx) => one(ctx, findTask(ctx)));

  router.put(`${base}/:task_id`, (ctx) => {
    const task = findTask(ctx);
    const body = kit.bodyObject(ctx);
    validateTask(kit, body);
    Object.assign(task, kit.pickFields(body, FIELDS), { updated_time: kit.zohoTime() });
    return one(ctx, task, taskModule.messages.updated);
  });

  router.delete(`${base}/:task_id`, (ctx) => {
    const task = findTask(ctx);
    ctx.state.tasks.remove(task.task_id);
    return kit.ok({}, taskModule.messages.deleted);
  });
}

module.exports = { modules: [taskModule], routes, decorateTask, validateTask, TASK_FIELDS: FIELDS, taskModule };

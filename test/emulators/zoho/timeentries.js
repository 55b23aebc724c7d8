'use strict';
/**
 * Zoho Billing Time Entries (/projects/timeentries): log, list (period and status filters, project
 * and user, sort), retrieve, update, delete one or many (?time_entry_ids=a,b), and the timer
 * (start on an entry, stop the running one, get the running one). There is one running timer:
 * starting another stops the running one; stopping adds the elapsed minutes (measured from
 * timer_started_at_utc_time) to the entry's log_time.
 * Documented errors: 1002 task not in project, 20050 entry already timed, 20054 a timed entry
 * cannot be edited. Codes for other refusals (no timer running, unknown user) are the emulator's.
 *
 * The routes are registered by projects.js (`registerTimeEntryRoutes`) before the project routes,
 * because /projects/timeentries would otherwise be taken for the project with ID "timeentries".
 */
const { listQuery, customerName, isDate } = require('./expenses');

const FIELDS = ['project_id', 'task_id', 'user_id', 'log_date', 'log_time', 'begin_time', 'end_time', 'is_billable', 'notes'];

const timeEntryModule = {
  collection: 'timeentries',
  path: 'projects/timeentries',
  idField: 'time_entry_id',
  singular: 'time_entry',
  plural: 'time_entries',
  reportName: 'Timesheet',
  fields: FIELDS,
  required: ['project_id', 'task_id', 'user_id', 'log_date'],
  updateRequired: ['project_id', 'task_id', 'user_id', 'log_date'],
  generic: false,
  defaults: {
    begin_time: '',
    end_time: '',
    log_time: '00:00',
    is_billable: true,
    billed_status: 'unbilled',
    invoice_id: '',
    notes: '',
    timer_started_at: '',
    timer_started_at_utc_time: '',
    timer_duration_in_minutes: '',
    timer_duration_in_seconds: '',
    timesheet_custom_fields: [],
  },
  messages: {
    created: 'Your timesheet entry has been added.',
    updated: "The timesheet's information has been updated.",
    deleted: 'The time entry has been deleted.',
  },
  notFound: { code: 1002, message: 'Time entry does not exist.' },
  sample: (i) => ({
    project_id: '460000000044019',
    task_id: '460000000044009',
    user_id: '460000000024003',
    log_date: `2025-02-${String((i % 28) + 1).padStart(2, '0')}`,
    log_time: '01:00',
  }),
};

const toMinutes = (hhmm) => {
  const m = /^(\d{1,3}):([0-5]\d)$/.exec(String(hhmm || '').trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
};
const toHhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const isClock = (v) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(String(v));
const isDuration = (v) => /^\d{1,2}:[0-5]\d$/.test(String(v)) && toMinutes(v) <= 24 * 60;
const truthy = (v) => v === true || v === 'true';
const running = (rec) => Boolean(rec.timer_started_at);

/** The date range (yyyy-mm-dd, inclusive) of a Date.* period, relative to today. */
function periodRange(period, today) {
  const d = new Date(`${today}T00:00:00Z`);
  const iso = (x) => x.toISOString().slice(0, 10);
  const day = (offset) => {
    const x = new Date(d);
    x.setUTCDate(x.getUTCDate() + offset);
    return iso(x);
  };
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const monthRange = (year, month) => [iso(new Date(Date.UTC(year, month, 1))), iso(new Date(Date.UTC(year, month + 1, 0)))];
  const q = Math.floor(m / 3);
  const weekStart = -d.getUTCDay(); // weeks start on Sunday
  switch (period) {
    case 'Today':
      return [today, today];
    case 'PreviousDay':
      return [day(-1), day(-1)];
    case 'ThisWeek':
      return [day(weekStart), day(weekStart + 6)];
    case 'PreviousWeek':
      return [day(weekStart - 7), day(weekStart - 1)];
    case 'ThisMonth':
      return monthRange(y, m);
    case 'PreviousMonth':
      return monthRange(y, m - 1);
    case 'ThisQuarter':
      return [monthRange(y, q * 3)[0], monthRange(y, q * 3 + 2)[1]];
    case 'PreviousQuarter':
      return [monthRange(y, q * 3 - 3)[0], monthRange(y, q * 3 - 1)[1]];
    case 'ThisYear':
      return [`${y}-01-01`, `${y}-12-31`];
    case 'PreviousYear':
      return [`${y - 1}-01-01`, `${y - 1}-12-31`];
    default:
      return undefined;
  }
}

function decorate(ctx, rec) {
  const project = ctx.state.projects.get(rec.project_id);
  const task = ctx.state.tasks.get(rec.task_id);
  const user = project && Array.isArray(project.users) ? project.users.find((u) => u.user_id === String(rec.user_id)) : undefined;
  rec.project_name = project ? project.project_name : '';
  rec.customer_id = project ? project.customer_id : '';
  rec.customer_name = project ? customerName(ctx, project.customer_id) : '';
  rec.task_name = task ? task.task_name : '';
  rec.user_name = user ? user.user_name : '';
  rec.is_current_user = String(rec.user_id) === '460000000024003';
  return rec;
}

function validate(ctx, kit, body, { create }) {
  kit.checkRequired(body, ['project_id', 'task_id', 'user_id', 'log_date']);
  const project = ctx.state.projects.get(body.project_id);
  if (!project) throw kit.fail(400, 1002, 'Project does not exist.');
  const task = ctx.state.tasks.get(body.task_id);
  if (!task || task.project_id !== project.project_id) {
    throw kit.fail(400, 1002, 'This task does not exist in this project. Hence, this timesheet entry cannot be made');
  }
  if (!(project.users || []).some((u) => u.user_id === String(body.user_id))) {
    throw kit.fail(400, 2, 'Invalid value passed for user_id');
  }
  if (!isDate(body.log_date)) throw kit.fail(400, 2, 'Invalid value passed for log_date');
  if (body.log_time !== undefined && body.log_time !== '' && !isDuration(body.log_time)) {
    throw kit.fail(400, 2, 'Invalid value passed for log_time');
  }
  for (const key of ['begin_time', 'end_time']) {
    if (body[key] !== undefined && body[key] !== '' && !isClock(body[key])) throw kit.fail(400, 2, `Invalid value passed for ${key}`);
  }
  const hasRange = Boolean(body.begin_time) && Boolean(body.end_time);
  if (hasRange && toMinutes(body.end_time) <= toMinutes(body.begin_time)) throw kit.fail(400, 2, 'Invalid value passed for end_time');
  if (create && !body.log_time && !hasRange && !truthy(body.start_timer)) {
    throw kit.fail(400, 4, 'Please enter a valid value for log_time.');
  }
}

function startTimer(ctx, kit, rec) {
  for (const other of ctx.state.timeentries.all()) if (other !== rec && running(other)) stopTimer(other);
  rec.timer_started_at = kit.zohoTime();
  rec.timer_started_at_utc_time = new Date().toISOString();
}

function stopTimer(rec) {
  const started = Date.parse(rec.timer_started_at_utc_time);
  const minutes = Number.isNaN(started) ? 0 : Math.max(0, Math.round((Date.now() - started) / 60000));
  rec.log_time = toHhmm(toMinutes(rec.log_time) + minutes);
  rec.timer_duration_in_minutes = String(minutes);
  rec.timer_duration_in_seconds = String(minutes * 60);
  rec.timer_started_at = '';
  rec.timer_started_at_utc_time = '';
}

function registerTimeEntryRoutes(router, kit) {
  const base = `${kit.API}/projects/timeentries`;
  const mod = timeEntryModule;
  const find = (ctx) => kit.findOr404(ctx, mod);
  const one = (ctx, rec, message, status) => kit.ok({ time_entry: kit.clone(decorate(ctx, rec)) }, message, status);

  router.get(`${base}/runningtimer/me`, (ctx) => {
    const rec = ctx.state.timeentries.find(running);
    return kit.ok({ time_entry: rec ? kit.clone(decorate(ctx, rec)) : {} });
  });

  router.post(`${base}/timer/stop`, (ctx) => {
    const rec = ctx.state.timeentries.find(running);
    if (!rec) throw kit.fail(400, 2, 'There is no timer running.');
    stopTimer(rec);
    return one(ctx, rec, 'Timer has been stopped successfully.');
  });

  router.post(`${base}/:id/timer/start`, (ctx) => {
    const rec = find(ctx);
    if (running(rec)) throw kit.fail(400, 20050, 'This timesheet entry is already being timed');
    startTimer(ctx, kit, rec);
    return one(ctx, rec, 'The timer has been started.');
  });

  router.get(base, (ctx) => {
    let items = ctx.state.timeentries.all().map((r) => decorate(ctx, r));
    const filterBy = kit.queryValue(ctx.query, 'filter_by');
    if (filterBy !== undefined && filterBy !== '') {
      const [prefix, name] = String(filterBy).split('.');
      if (prefix === 'Status' && (name === 'Unbilled' || name === 'Invoiced')) {
        items = items.filter((r) => (name === 'Invoiced' ? r.billed_status === 'invoiced' : r.billed_status === 'unbilled'));
      } else if (prefix === 'Date' && name === 'CustomDate') {
        for (const [param, keep] of [
          ['from_date', (a, b) => a >= b],
          ['to_date', (a, b) => a <= b],
        ]) {
          const v = kit.queryValue(ctx.query, param);
          if (v === undefined || v === '') continue;
          if (!isDate(String(v))) throw kit.fail(400, 2, `Invalid value passed for ${param}`);
          items = items.filter((r) => keep(r.log_date, String(v)));
        }
      } else if (prefix === 'Date' && name === 'All') {
        // every date
      } else if (prefix === 'Date' && periodRange(name, kit.zohoDate())) {
        const [from, to] = periodRange(name, kit.zohoDate());
        items = items.filter((r) => r.log_date >= from && r.log_date <= to);
      } else {
        throw kit.fail(400, 2, 'Invalid value passed for filter_by');
      }
    }
    const listed = listQuery(ctx, kit, items, {
      exact: ['project_id', 'user_id'],
      sortColumns: ['project_name', 'task_name', 'user_name', 'log_date', 'timer_started_at', 'customer_name'],
    });
    return kit.listResponse(ctx, listed.items, {
      plural: 'time_entries',
      reportName: 'Timesheet',
      applied: filterBy ? String(filterBy) : 'Date.All',
    });
  });

  router.post(base, (ctx) => {
    const body = kit.bodyObject(ctx);
    validate(ctx, kit, body, { create: true });
    const fields = kit.pickFields(body, FIELDS);
    if (!fields.log_time && body.begin_time && body.end_time) {
      fields.log_time = toHhmm(toMinutes(body.end_time) - toMinutes(body.begin_time));
    }
    const rec = ctx.state.timeentries.insert(ctx.emu.buildRecord(mod, fields));
    if (truthy(body.start_timer)) startTimer(ctx, kit, rec);
    return one(ctx, rec, mod.messages.created, 201);
  });

  router.delete(base, (ctx) => {
    const raw = kit.queryValue(ctx.query, 'time_entry_ids');
    if (raw === undefined || String(raw).trim() === '') throw kit.fail(400, 4, 'Please enter a valid value for time_entry_ids.');
    const ids = String(raw).split(',').map((id) => id.trim());
    for (const id of ids) if (!ctx.state.timeentries.has(id)) throw kit.fail(404, 1002, 'Time entry does not exist.');
    for (const id of ids) ctx.state.timeentries.remove(id);
    return kit.ok({}, 'The selected timesheet entries have been deleted');
  });

  router.get(`${base}/:id`, (ctx) => one(ctx, find(ctx)));

  router.put(`${base}/:id`, (ctx) => {
    const rec = find(ctx);
    if (running(rec)) throw kit.fail(400, 20054, 'This timesheet is being timed. Hence, it cannot be edited');
    const body = kit.bodyObject(ctx);
    validate(ctx, kit, body, { create: false });
    const fields = kit.pickFields(body, FIELDS);
    if (!fields.log_time && body.begin_time && body.end_time) {
      fields.log_time = toHhmm(toMinutes(body.end_time) - toMinutes(body.begin_time));
    }
    Object.assign(rec, fields, { updated_time: kit.zohoTime() });
    if (truthy(body.start_timer)) startTimer(ctx, kit, rec);
    return one(ctx, rec, mod.messages.updated);
  });

  router.delete(`${base}/:id`, (ctx) => {
    find(ctx);
    ctx.state.timeentries.remove(ctx.params.id);
    return kit.ok({}, mod.messages.deleted);
  });
}

// no `routes` export: projects.js registers these routes ahead of its own (see the header)
module.exports = { modules: [timeEntryModule], registerTimeEntryRoutes, toMinutes, toHhmm };

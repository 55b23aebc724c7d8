'use strict';
/**
 * Zoho Billing Items (keyed by item_id): list (active items unless filter_by=Status.All /
 * Status.Inactive; name / description exact, _startswith, _contains; rate and its
 * _less_than/_less_equals/_greater_than/_greater_equals variants; tax_id; search_text;
 * sort_column name|rate|tax_name), create, retrieve, update, delete, mark active / inactive
 * (POST /items/{id}/active and /inactive). Names are unique (Zoho code 1000); unknown ids
 * answer Zoho's code 2006.
 */
const { HttpError, queryValue } = require('../common');

const fail = (status, code, message) => new HttpError({ status, body: { code, message } });
const invalid = (field) => fail(400, 2, `Invalid value passed for ${field}`);

function validate(body, ctx, id) {
  if (body.rate !== undefined && !(typeof body.rate === 'number' && Number.isFinite(body.rate) && body.rate >= 0)) throw invalid('rate');
  if (typeof body.name === 'string') {
    if (body.name.length > 100) throw invalid('name');
    const clash = ctx.state.items.find((i) => i.item_id !== id && i.name.toLowerCase() === body.name.toLowerCase());
    if (clash) throw fail(400, 1000, 'The item name already exist');
  }
  if (body.product_type !== undefined && !['goods', 'service'].includes(body.product_type)) throw invalid('product_type');
}

const items = {
  collection: 'items',
  path: 'items',
  idField: 'item_id',
  singular: 'item',
  plural: 'items',
  reportName: 'Items',
  generic: false, // registered in routes(), after the filtered list and the validating update
  fields: [
    'name', 'rate', 'description', 'tax_id', 'sku', 'product_type', 'is_taxable', 'tax_exemption_id', 'hsn_or_sac',
    'sat_item_key_code', 'unitkey_code', 'item_tax_preferences', 'custom_fields',
  ],
  required: ['name', 'rate'],
  updateRequired: ['name'],
  defaults: { description: '', status: 'active', tax_id: '', tax_name: '', sku: '', product_type: 'service' },
  statusFilter: {
    prefix: 'Status',
    values: {
      All: null,
      Active: (r) => r.status === 'active',
      Inactive: (r) => r.status === 'inactive',
    },
  },
  queryFilters: [],
  messages: {
    created: 'The item has been added.',
    updated: 'Item details have been saved.',
    deleted: 'The item has been deleted.',
  },
  notFound: { code: 2006, message: 'Item does not exist' },
  actions: [
    { path: 'active', set: { status: 'active' }, message: 'The item has been marked Active.' },
    { path: 'inactive', set: { status: 'inactive' }, message: 'The item has been marked Inactive.' },
  ],
  onCreate(rec, body, ctx) {
    validate(body, ctx, null);
    return rec;
  },
  sample: (i) => ({ name: `Item ${String(i + 1).padStart(4, '0')}`, rate: 100 + i, description: `Seeded item ${i + 1}` }),
};

const lower = (v) => String(v ?? '').toLowerCase();
const TEXT = {
  name: (r, v) => lower(r.name) === lower(v),
  name_startswith: (r, v) => lower(r.name).startsWith(lower(v)),
  name_contains: (r, v) => lower(r.name).includes(lower(v)),
  description: (r, v) => lower(r.description) === lower(v),
  description_startswith: (r, v) => lower(r.description).startsWith(lower(v)),
  description_contains: (r, v) => lower(r.description).includes(lower(v)),
  search_text: (r, v) => lower(r.name).includes(lower(v)) || lower(r.description).includes(lower(v)),
  tax_id: (r, v) => String(r.tax_id) === String(v),
};
const RATE = {
  rate: (a, b) => a === b,
  rate_less_than: (a, b) => a < b,
  rate_less_equals: (a, b) => a <= b,
  rate_greater_than: (a, b) => a > b,
  rate_greater_equals: (a, b) => a >= b,
};

module.exports = {
  modules: [items],
  routes(router, kit) {
    const base = `${kit.API}/items`;
    router.get(base, (ctx) => {
      let list = ctx.state.items.all();
      let applied = 'Status.Active';
      const filterBy = queryValue(ctx.query, 'filter_by');
      if (filterBy !== undefined && filterBy !== '') {
        const [prefix, value] = String(filterBy).split('.');
        if (prefix !== 'Status' || !Object.prototype.hasOwnProperty.call(items.statusFilter.values, value)) throw invalid('filter_by');
        applied = filterBy;
      }
      const statusTest = items.statusFilter.values[applied.split('.')[1]];
      if (statusTest) list = list.filter(statusTest);
      for (const [key, test] of Object.entries(TEXT)) {
        const v = queryValue(ctx.query, key);
        if (v === undefined || v === '') continue;
        if (String(v).length > 100) throw invalid(key);
        list = list.filter((r) => test(r, v));
      }
      for (const [key, test] of Object.entries(RATE)) {
        const v = queryValue(ctx.query, key);
        if (v === undefined || v === '') continue;
        const n = Number(v);
        if (!Number.isFinite(n)) throw invalid(key);
        list = list.filter((r) => test(Number(r.rate), n));
      }
      const sort = queryValue(ctx.query, 'sort_column');
      if (sort !== undefined && sort !== '') {
        if (!['name', 'rate', 'tax_name'].includes(sort)) throw invalid('sort_column');
        list = [...list].sort((a, b) => (sort === 'rate' ? a.rate - b.rate : String(a[sort]).localeCompare(String(b[sort]))));
      }
      return kit.listResponse(ctx, list, { plural: 'items', reportName: items.reportName, applied });
    });
    router.put(`${base}/:id`, (ctx) => {
      const rec = kit.findOr404(ctx, items);
      const body = kit.bodyObject(ctx);
      kit.checkRequired(body, items.updateRequired);
      validate(body, ctx, rec.item_id);
      Object.assign(rec, kit.pickFields(body, items.fields), { updated_time: kit.zohoTime() });
      return kit.ok({ item: kit.clone(rec) }, items.messages.updated);
    });
    kit.registerModule(router, items);
  },
};

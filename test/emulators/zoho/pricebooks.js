'use strict';
/**
 * Zoho Billing Price Lists ("pricebooks", keyed by pricebook_id). Not in Zoho's OpenAPI set:
 * GET /pricebooks is in Zoho's legacy Postman collection; POST /pricebooks and
 * GET / PUT / DELETE /pricebooks/{pricebook_id} are inferred (reference §2.4). Each entry of
 * pricebook_items needs an item_id or a product_code (plan or add-on code) and a rate of 0 or more.
 */
const { HttpError } = require('../common');

const fail = (status, code, message) => new HttpError({ status, body: { code, message } });
const invalid = (field) => fail(400, 2, `Invalid value passed for ${field}`);

let itemCounter = 0;

function normaliseItems(list) {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw invalid('pricebook_items');
  return list.map((entry) => {
    if (!entry || (!entry.item_id && !entry.product_code)) throw invalid('pricebook_items');
    if (!(typeof entry.pricebook_rate === 'number' && Number.isFinite(entry.pricebook_rate) && entry.pricebook_rate >= 0)) {
      throw invalid('pricebook_rate');
    }
    itemCounter += 1;
    return { pricebook_item_id: String(903000000089000 + itemCounter), ...entry };
  });
}

function validate(body) {
  if (body.currency_code !== undefined && !/^[A-Z]{3}$/.test(String(body.currency_code))) throw invalid('currency_code');
  return normaliseItems(body.pricebook_items);
}

const pricebooks = {
  collection: 'pricebooks',
  path: 'pricebooks',
  idField: 'pricebook_id',
  singular: 'pricebook',
  plural: 'pricebooks',
  reportName: 'Price Lists',
  generic: false, // registered in routes(), after the validating update
  fields: [
    'name', 'description', 'currency_id', 'currency_code', 'pricebook_type', 'percentage', 'is_increase', 'rounding_type',
    'decimal_place', 'sales_or_purchase_type', 'pricebook_items',
  ],
  required: ['name'],
  updateRequired: ['name'],
  defaults: { description: '', currency_code: 'USD', status: 'active', is_default: false, pricebook_type: 'per_item', pricebook_items: [] },
  queryFilters: [],
  messages: {
    created: 'The pricebook has been created.',
    updated: 'The pricebook has been updated.',
    deleted: 'The pricebook has been deleted.',
  },
  notFound: { code: 1002, message: 'Pricebook does not exist.' },
  actions: [],
  onCreate(rec, body) {
    const list = validate(body);
    return list ? { ...rec, pricebook_items: list } : rec;
  },
  sample: (i) => ({ name: `Price List ${String(i + 1).padStart(4, '0')}` }),
};

module.exports = {
  modules: [pricebooks],
  routes(router, kit) {
    router.put(`${kit.API}/pricebooks/:id`, (ctx) => {
      const rec = kit.findOr404(ctx, pricebooks);
      const body = kit.bodyObject(ctx);
      kit.checkRequired(body, pricebooks.updateRequired);
      const list = validate(body);
      Object.assign(rec, kit.pickFields(body, pricebooks.fields), list ? { pricebook_items: list } : {}, { updated_time: kit.zohoTime() });
      return kit.ok({ pricebook: kit.clone(rec) }, pricebooks.messages.updated);
    });
    kit.registerModule(router, pricebooks);
  },
};

'use strict';
/**
 * Zoho Billing Contact Persons (OAS contact-persons.yml), nested under a customer:
 * GET/POST /customers/{customer_id}/contactpersons, GET/PUT/DELETE …/contactpersons/{contactperson_id}.
 * Answers carry `contact_person` (one) and `contact_persons` (list, paged). A contact person of
 * another customer is "not found"; an unknown customer is 404 code 1002.
 */
const { customerHelpers } = require('./customers');

const { EMAIL, CUSTOMER_NOT_FOUND } = customerHelpers;
const NOT_FOUND = { code: 1002, message: 'Contact person does not exist.' };
const WRITABLE = ['first_name', 'last_name', 'email', 'mobile', 'phone', 'fax'];

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, listResponse, zohoTime } = kit;
  const base = `${API}/customers/:customer_id/contactpersons`;

  const customerOf = (ctx) => {
    const customer = ctx.state.customers.get(ctx.params.customer_id);
    if (!customer) throw fail(404, CUSTOMER_NOT_FOUND.code, CUSTOMER_NOT_FOUND.message);
    return customer;
  };
  const personOf = (ctx) => {
    const customer = customerOf(ctx);
    const rec = ctx.state.contactpersons.get(ctx.params.id);
    if (!rec || String(rec.customer_id) !== String(customer.customer_id)) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return rec;
  };
  const validate = (body) => {
    if (body.email !== undefined && !EMAIL.test(String(body.email))) throw fail(400, 2, 'Invalid value passed for email');
  };
  const pick = (body) => {
    const out = {};
    for (const key of WRITABLE) if (body[key] !== undefined) out[key] = String(body[key]);
    return out;
  };

  router.get(base, (ctx) => {
    const customer = customerOf(ctx);
    const items = ctx.state.contactpersons.filter((r) => String(r.customer_id) === String(customer.customer_id));
    return listResponse(ctx, items, { plural: 'contact_persons', reportName: 'Contact Persons' });
  });

  router.post(base, (ctx) => {
    const customer = customerOf(ctx);
    const body = bodyObject(ctx);
    checkRequired(body, ['email']);
    validate(body);
    const rec = ctx.state.contactpersons.insert(
      ctx.emu.buildRecord(CONTACT_PERSONS, { ...pick(body), customer_id: customer.customer_id }),
    );
    return ok({ contact_person: clone(rec) }, 'The contactperson has been Created', 201);
  });

  router.get(`${base}/:id`, (ctx) => ok({ contact_person: clone(personOf(ctx)) }));

  router.put(`${base}/:id`, (ctx) => {
    const rec = personOf(ctx);
    const body = bodyObject(ctx);
    if (body.email !== undefined) checkRequired(body, ['email']);
    validate(body);
    Object.assign(rec, pick(body), { updated_time: zohoTime() });
    return ok({ contact_person: clone(rec) }, 'The contactperson details has been updated.');
  });

  router.delete(`${base}/:id`, (ctx) => {
    const rec = personOf(ctx);
    ctx.state.contactpersons.remove(rec.contactperson_id);
    return ok({}, 'The contact person has been deleted.');
  });
}

const CONTACT_PERSONS = {
  collection: 'contactpersons',
  path: 'contactpersons',
  idField: 'contactperson_id',
  singular: 'contact_person',
  plural: 'contact_persons',
  generic: false, // nested under a customer: routes() above
  fields: ['first_name', 'last_name', 'email', 'mobile', 'phone', 'fax', 'customer_id'],
  defaults: { first_name: '', last_name: '', mobile: '', phone: '', fax: '' },
  notFound: NOT_FOUND,
  messages: {},
  sample: (i) => ({ first_name: 'Contact', last_name: String(i + 1).padStart(4, '0'), email: `contact${i + 1}@example.com` }),
};

module.exports = { modules: [CONTACT_PERSONS], routes };

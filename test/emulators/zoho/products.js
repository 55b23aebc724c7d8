'use strict';
/**
 * Zoho Billing Products (generic CRUD + list + mark active/inactive). A module file exports
 * `modules` (configs for the generic routes in ../zoho.js, whose header documents the fields),
 * optionally `routes(router, kit)` for anything else and `collections` for extra state.
 */
module.exports = {
  modules: [
  {
    collection: 'products',
    path: 'products',
    idField: 'product_id',
    singular: 'product',
    plural: 'products',
    reportName: 'Products',
    fields: ['name', 'description', 'email_ids', 'redirect_url'],
    required: ['name'],
    updateRequired: ['name'],
    defaults: { description: '', email_ids: '', redirect_url: '', status: 'active' },
    statusFilter: {
      prefix: 'ProductStatus',
      values: {
        All: null,
        ACTIVE: (r) => r.status === 'active',
        INACTIVE: (r) => r.status === 'inactive',
      },
    },
    queryFilters: [],
    messages: {
      created: 'The product has been created',
      updated: 'The product details have been updated.',
      deleted: 'The product has been deleted.',
    },
    notFound: { code: 1002, message: 'Product does not exist.' },
    actions: [
      { path: 'markasactive', set: { status: 'active' }, message: 'The product has been marked as active.' },
      { path: 'markasinactive', set: { status: 'inactive' }, message: 'The product has been marked as inactive.' },
    ],
    sample: (i) => ({
      name: `Product ${String(i + 1).padStart(4, '0')}`,
      description: `Seeded product ${i + 1}`,
      email_ids: 'billing@zillum.com',
      redirect_url: `https://www.zillum.com/products/${i + 1}`,
    }),
  },
],
};

'use strict';
/**
 * The Zoho Billing sandbox: a small subscription business to explore, seeded by
 * `startZohoEmulator({ sandbox: true })` on top of the three demo products (`demoData`).
 *
 *  - products PiperHost, ZillumCloud, LegacyMail (inactive); 8 plans, 3 add-ons, 3 coupons
 *  - 11 customers with contact persons, 6 cards (one expiring next month, one expired)
 *  - 18 subscriptions, at least one in every status Zoho documents: live, trial, future,
 *    dunning, unpaid, non_renewing, cancelled, cancelled_from_dunning, expired, trial_expired,
 *    creation_failed. Three were created in the last 24 hours (`recentSubscriptions`).
 *  - invoices paid, sent, partially paid, overdue and void; payments (one declined: Bowman
 *    Furniture's card on INV-000042), a refund and two credit notes
 *  - events of every one of Zoho's 24 event types over the last two weeks (most in the last days)
 *
 * IDs are fixed (ZOHO_SANDBOX_IDS) and outside the range the emulator hands out, so records
 * created through the API never collide with them. Dates are relative to the moment of seeding
 * (start or reset): invoices fall due and events happen "days ago", whatever the day.
 */

const { buildEvent, zohoTime } = require('../zoho/events');

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const ZOHO_SANDBOX_IDS = Object.freeze({
  // the demo products (the emulator's first three IDs)
  productPiperHost: '903000000045027',
  productZillumCloud: '903000000045028',
  productLegacyMail: '903000000045029',
  // customers
  customerBowman: '903000009010001',
  customerRuiz: '903000009010002',
  customerKim: '903000009010003',
  customerNg: '903000009010004',
  customerOkafor: '903000009010005',
  customerLarsen: '903000009010006',
  customerPatel: '903000009010007',
  customerSchmidt: '903000009010008',
  customerDubois: '903000009010009',
  customerTanaka: '903000009010010',
  customerSilva: '903000009010011',
  // cards
  cardBowman: '903000009011001',
  cardRuiz: '903000009011002',
  cardOkafor: '903000009011003',
  cardPatel: '903000009011004',
  cardSchmidt: '903000009011005',
  cardTanaka: '903000009011006',
  // subscriptions
  subscriptionBowmanDunning: '903000009020001',
  subscriptionRuizNew: '903000009020002',
  subscriptionKimTrialNew: '903000009020003',
  subscriptionNgNew: '903000009020004',
  subscriptionOkafor: '903000009020005',
  subscriptionLarsenUnpaid: '903000009020006',
  subscriptionPatelNonRenewing: '903000009020007',
  subscriptionSchmidtCancelled: '903000009020008',
  subscriptionDuboisExpired: '903000009020009',
  subscriptionTanakaTrialExpired: '903000009020010',
  subscriptionSilvaCancelledFromDunning: '903000009020011',
  subscriptionKimCreationFailed: '903000009020012',
  subscriptionPatelCloud: '903000009020013',
  subscriptionTanakaCloud: '903000009020014',
  subscriptionDuboisTrial: '903000009020015',
  subscriptionLarsenCloud: '903000009020016',
  subscriptionSilvaCloud: '903000009020017',
  subscriptionOkaforCloud: '903000009020018',
  /** deleted: only its subscription_deleted event remains */
  subscriptionDeleted: '903000009020099',
  // invoices
  invoiceBowmanFirst: '903000009030001',
  invoiceBowmanSecond: '903000009030002',
  invoiceBowmanOverdue: '903000009030003',
  invoiceRuiz: '903000009030004',
  invoiceNg: '903000009030005',
  invoiceLarsenOverdue: '903000009030006',
  invoicePatelYearly: '903000009030007',
  invoiceSchmidt: '903000009030008',
  invoicePatelCloud: '903000009030009',
  invoiceSilvaVoid: '903000009030010',
  invoiceTanakaCloud: '903000009030011',
  // payments
  paymentBowmanFirst: '903000009040001',
  paymentBowmanSecond: '903000009040002',
  paymentBowmanDeclined: '903000009040003',
  paymentRuiz: '903000009040004',
  paymentPatelYearly: '903000009040005',
  paymentSchmidt: '903000009040006',
  paymentPatelCloudPart: '903000009040007',
  paymentTanakaCloud: '903000009040008',
  // credit notes and refunds
  creditNoteSchmidtRefund: '903000009050001',
  creditNotePatelGoodwill: '903000009050002',
  refundSchmidt: '903000009060001',
  // contact persons start here (one or two per customer)
  firstContactPerson: '903000009012001',
});

/** Subscriptions created in the last 24 hours (what the hourly sync example picks up). */
const RECENT_SUBSCRIPTIONS = Object.freeze([
  ZOHO_SANDBOX_IDS.subscriptionNgNew,
  ZOHO_SANDBOX_IDS.subscriptionKimTrialNew,
  ZOHO_SANDBOX_IDS.subscriptionRuizNew,
]);

const I = ZOHO_SANDBOX_IDS;
const round2 = (n) => Math.round(Number(n) * 100) / 100;
const copy = (v) => JSON.parse(JSON.stringify(v));
const SYMBOLS = { USD: '$', EUR: '€' };

/* ------------------------------------------------------------------------------------------------
 * Catalog
 * ---------------------------------------------------------------------------------------------- */

const PLANS = [
  { plan_code: 'basic-monthly', name: 'Basic', product: 'PiperHost', recurring_price: 19, interval: 1, interval_unit: 'months', description: 'One web server, 50 GB' },
  { plan_code: 'basic-yearly', name: 'Basic Yearly', product: 'PiperHost', recurring_price: 190, interval: 1, interval_unit: 'years', description: 'Basic, paid yearly (two months free)' },
  { plan_code: 'pro-monthly', name: 'Pro', product: 'PiperHost', recurring_price: 49, interval: 1, interval_unit: 'months', trial_period: 14, description: 'Three web servers, daily backups' },
  { plan_code: 'pro-yearly', name: 'Pro Yearly', product: 'PiperHost', recurring_price: 490, interval: 1, interval_unit: 'years', description: 'Pro, paid yearly' },
  { plan_code: 'cloud-100', name: 'Cloud 100 GB', product: 'ZillumCloud', recurring_price: 9, interval: 1, interval_unit: 'months', description: '100 GB of cloud storage' },
  { plan_code: 'cloud-1tb', name: 'Cloud 1 TB', product: 'ZillumCloud', recurring_price: 29, interval: 1, interval_unit: 'months', description: '1 TB of cloud storage' },
  { plan_code: 'cloud-free', name: 'Cloud Free', product: 'ZillumCloud', recurring_price: 0, interval: 1, interval_unit: 'months', description: '5 GB, free for ever' },
  { plan_code: 'mail-basic', name: 'Mail Basic', product: 'LegacyMail', recurring_price: 5, interval: 1, interval_unit: 'months', status: 'inactive', description: 'Retired' },
];

const ADDONS = [
  { addon_code: 'extra-storage', name: 'Extra Storage', unit_name: '100 GB block', product: 'ZillumCloud', price: 5, type: 'recurring', interval_unit: 'monthly', description: '100 GB more, per block' },
  { addon_code: 'priority-support', name: 'Priority Support', unit_name: 'month', product: 'PiperHost', price: 15, type: 'recurring', interval_unit: 'monthly', description: 'Answers within an hour' },
  { addon_code: 'onboarding-session', name: 'Onboarding Session', unit_name: 'session', product: 'PiperHost', price: 99, type: 'one_time', description: 'Two hours with an engineer' },
];

/* ------------------------------------------------------------------------------------------------
 * Customers: [key, company, first, last, email, currency, city, country, payment terms]
 * ---------------------------------------------------------------------------------------------- */

const CUSTOMERS = [
  ['Bowman', 'Bowman Furniture', 'Benjamin', 'Bowman', 'benjamin@bowman.test', 'USD', 'Portland', 'USA', 0],
  ['Ruiz', 'Ruiz Bakery', 'Ana', 'Ruiz', 'ana@ruiz.test', 'EUR', 'Valencia', 'Spain', 0],
  ['Kim', 'Kim Labs', 'Jae', 'Kim', 'ops@kim.test', 'USD', 'Austin', 'USA', 0],
  ['Ng', 'Ng Consulting', 'Mei', 'Ng', 'mei@ng-consulting.test', 'USD', 'Seattle', 'USA', 15],
  ['Okafor', 'Okafor Design', 'Chidi', 'Okafor', 'chidi@okafor.test', 'USD', 'Atlanta', 'USA', 0],
  ['Larsen', 'Larsen Outdoor', 'Erik', 'Larsen', 'erik@larsen.test', 'USD', 'Denver', 'USA', 15],
  ['Patel', 'Patel Pharmacy', 'Priya', 'Patel', 'priya@patel-pharmacy.test', 'USD', 'Chicago', 'USA', 0],
  ['Schmidt', 'Schmidt Engineering GmbH', 'Lena', 'Schmidt', 'lena@schmidt-engineering.test', 'EUR', 'Stuttgart', 'Germany', 0],
  ['Dubois', 'Café Dubois', 'Luc', 'Dubois', 'luc@cafe-dubois.test', 'USD', 'New Orleans', 'USA', 0],
  ['Tanaka', 'Tanaka Robotics', 'Yuki', 'Tanaka', 'yuki@tanaka-robotics.test', 'USD', 'San Jose', 'USA', 0],
  ['Silva', 'Silva Fitness', 'Rafael', 'Silva', 'rafael@silva-fitness.test', 'USD', 'Miami', 'USA', 0],
];

/** Contact persons: [customer key, first, last, email]. */
const CONTACTS = [
  ['Bowman', 'Amelia', 'Bowman', 'accounts@bowman.test'],
  ['Bowman', 'Noah', 'Reed', 'it@bowman.test'],
  ['Ruiz', 'Carmen', 'Ruiz', 'carmen@ruiz.test'],
  ['Kim', 'Sora', 'Park', 'billing@kim.test'],
  ['Patel', 'Ravi', 'Patel', 'ravi@patel-pharmacy.test'],
  ['Schmidt', 'Jonas', 'Weber', 'buchhaltung@schmidt-engineering.test'],
  ['Tanaka', 'Hiro', 'Sato', 'finance@tanaka-robotics.test'],
];

/**
 * Seeds the sandbox into a Zoho emulator whose demo products are in place.
 * `kit`: { modules, buildRecord } from zoho.js (records are completed like API-created ones).
 */
function seedZohoSandbox(emu, kit, now = new Date()) {
  const state = emu.state;
  const modOf = (collection) => kit.modules.find((m) => m.collection === collection);
  const put = (collection, fields) => state[collection].insert(kit.buildRecord(modOf(collection), fields));

  const at = (ms) => new Date(now.getTime() + ms);
  const time = (ms) => zohoTime(at(ms));
  const date = (days) => zohoTime(at(days * DAY)).slice(0, 10);
  const addMonths = (day, months) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.toISOString().slice(0, 10);
  };

  /* ---- catalog ---- */
  const productId = (name) => {
    const p = state.products.find((r) => r.name === name);
    if (!p) throw new Error(`Zoho sandbox: the demo product ${name} is missing`);
    return p.product_id;
  };
  const plans = {};
  for (const p of PLANS) {
    const { product, ...fields } = p;
    plans[p.plan_code] = put('plans', {
      billing_cycles: -1,
      trial_period: 0,
      setup_fee: 0,
      status: 'active',
      ...fields,
      product_id: productId(product),
      url: `https://billing.zoho.com/subscribe/sandbox/${p.plan_code}`,
      created_time: time(-400 * DAY),
    });
  }
  const addons = {};
  for (const a of ADDONS) {
    const { product, price, ...fields } = a;
    addons[a.addon_code] = put('addons', {
      pricing_scheme: 'unit',
      price_brackets: [{ price }],
      applicable_to_all_plans: true,
      plans: [],
      status: 'active',
      ...fields,
      product_id: productId(product),
      created_time: time(-400 * DAY),
    });
  }
  put('coupons', {
    coupon_code: 'WELCOME10', name: 'Welcome 10%', description: '10% off for ever, for new cloud customers', type: 'forever',
    status: 'active', discount_by: 'percentage', discount_value: 10, product_id: productId('ZillumCloud'), redemption_count: 1,
    apply_to_plans: 'all', plans: [], apply_to_addons: 'none', addons: [], created_time: time(-300 * DAY),
  });
  put('coupons', {
    coupon_code: 'SAVE20', name: 'Save $20', description: '$20 off the first invoice', type: 'one_time', status: 'active',
    discount_by: 'flat', discount_value: 20, product_id: productId('PiperHost'), max_redemption: 100, redemption_count: 12,
    apply_to_plans: 'all', plans: [], apply_to_addons: 'none', addons: [], created_time: time(-200 * DAY),
  });
  put('coupons', {
    coupon_code: 'SPRING25', name: 'Spring sale 25%', description: 'Last spring’s sale', type: 'duration', duration: 3,
    status: 'active', discount_by: 'percentage', discount_value: 25, product_id: productId('PiperHost'), redemption_count: 40,
    expiry_at: date(-120), apply_to_plans: 'all', plans: [], apply_to_addons: 'none', addons: [], created_time: time(-300 * DAY),
  });

  /* ---- customers, contact persons, cards ---- */
  const customers = {};
  CUSTOMERS.forEach(([key, company, first, last, email, currency, city, country, terms]) => {
    const address = { attention: `${first} ${last}`, street: `${100 + CUSTOMERS.findIndex((c) => c[0] === key) * 7} Main Street`, city, state: '', zip: '', country };
    customers[key] = put('customers', {
      customer_id: I[`customer${key}`],
      display_name: company,
      salutation: '',
      first_name: first,
      last_name: last,
      email,
      company_name: company,
      phone: '',
      currency_code: currency,
      currency_symbol: SYMBOLS[currency],
      billing_address: address,
      shipping_address: { ...address },
      payment_terms: terms,
      payment_terms_label: terms ? `Net ${terms}` : 'Due on receipt',
      status: 'active',
      custom_fields: [],
      tags: [],
      created_time: time(-500 * DAY),
    });
  });
  CONTACTS.forEach(([key, first, last, email], i) => {
    put('contactpersons', {
      contactperson_id: String(BigInt(I.firstContactPerson) + BigInt(i)),
      customer_id: customers[key].customer_id,
      first_name: first,
      last_name: last,
      email,
      created_time: time(-400 * DAY),
    });
  });
  const cardExpiry = (days) => {
    const d = at(days * DAY);
    return { expiry_month: d.getUTCMonth() + 1, expiry_year: d.getUTCFullYear() };
  };
  const cards = {};
  for (const [key, last4, status, expiry] of [
    ['Bowman', '4242', 'active', { expiry_month: 12, expiry_year: at(0).getUTCFullYear() + 2 }],
    ['Ruiz', '4444', 'active', cardExpiry(30)], // expires next month: card_expiring
    ['Okafor', '0005', 'expired', cardExpiry(-30)], // card_expired
    ['Patel', '1881', 'active', { expiry_month: 6, expiry_year: at(0).getUTCFullYear() + 3 }],
    ['Schmidt', '3220', 'active', { expiry_month: 3, expiry_year: at(0).getUTCFullYear() + 2 }],
    ['Tanaka', '0004', 'active', { expiry_month: 9, expiry_year: at(0).getUTCFullYear() + 1 }],
  ]) {
    cards[key] = put('cards', {
      card_id: I[`card${key}`],
      customer_id: customers[key].customer_id,
      status,
      last_four_digits: last4,
      payment_gateway: 'stripe',
      ...expiry,
      first_name: customers[key].first_name,
      last_name: customers[key].last_name,
      created_time: time(-300 * DAY),
    });
  }
  const cardSummary = (key) => {
    const c = cards[key];
    return { card_id: c.card_id, last_four_digits: c.last_four_digits, payment_gateway: c.payment_gateway, expiry_month: c.expiry_month, expiry_year: c.expiry_year };
  };

  /* ---- subscriptions ---- */
  const subs = {};
  /**
   * s: { id, key (customer), plan, status, created (ms from now), start (days from now: term
   * start / trial start / starts_at), quantity, addons [[code, qty]], coupon, card, reference, … }
   */
  const subscription = (s) => {
    const customer = customers[s.key];
    const plan = plans[s.plan];
    const product = state.products.get(plan.product_id);
    const quantity = s.quantity || 1;
    const planTotal = round2(plan.recurring_price * quantity);
    const addonLines = (s.addons || []).map(([code, qty]) => {
      const a = addons[code];
      const price = a.price_brackets[0].price;
      return { addon_code: code, name: a.name, quantity: qty, price, discount: 0, total: round2(price * qty), type: a.type };
    });
    const gross = round2(planTotal + addonLines.reduce((n, l) => n + l.total, 0));
    const coupon = s.coupon ? state.coupons.get(s.coupon) : undefined;
    const discount = coupon ? round2(coupon.discount_by === 'percentage' ? (gross * coupon.discount_value) / 100 : Math.min(gross, coupon.discount_value)) : 0;
    const unit = plan.interval_unit === 'years' ? 12 : 1;
    const start = date(s.start);
    const fields = {
      subscription_id: s.id,
      name: `${product.name}-${plan.name}`,
      status: s.status,
      amount: round2(gross - discount),
      created_at: zohoTime(at(s.created)).slice(0, 10),
      customer_id: customer.customer_id,
      customer_name: customer.display_name,
      email: customer.email,
      plan_name: plan.name,
      plan_code: plan.plan_code,
      plan: {
        plan_code: plan.plan_code,
        name: plan.name,
        quantity,
        price: plan.recurring_price,
        discount: Math.min(discount, planTotal),
        total: round2(planTotal - Math.min(discount, planTotal)),
        setup_fee: 0,
        plan_description: plan.description,
        tax_id: '',
        trial_days: s.status === 'trial' || s.status === 'trial_expired' ? plan.trial_period || 14 : 0,
      },
      addons: addonLines,
      ...(coupon ? { coupon: { coupon_code: coupon.coupon_code, coupon_name: coupon.name, discount_amount: discount } } : {}),
      interval: plan.interval,
      interval_unit: plan.interval_unit,
      product_id: plan.product_id,
      product_name: product.name,
      auto_collect: Boolean(s.card),
      ...(s.card ? { card: cardSummary(s.card) } : {}),
      reference_id: s.reference || '',
      salesperson_id: '',
      salesperson_name: s.salesperson || '',
      currency_code: customer.currency_code,
      currency_symbol: customer.currency_symbol,
      end_of_term: false,
      payment_terms: customer.payment_terms,
      payment_terms_label: customer.payment_terms_label,
      can_add_bank_account: true,
      customer: {
        customer_id: customer.customer_id,
        display_name: customer.display_name,
        first_name: customer.first_name,
        last_name: customer.last_name,
        email: customer.email,
        company_name: customer.company_name,
        billing_address: copy(customer.billing_address),
        shipping_address: copy(customer.shipping_address),
        payment_terms: customer.payment_terms,
        payment_terms_label: customer.payment_terms_label,
      },
      custom_fields: [],
      taxes: [],
      contactpersons: [],
      notes: [],
      payment_gateways: s.card ? [{ payment_gateway: 'stripe' }] : [],
      created_time: time(s.created),
      updated_time: time(s.updated === undefined ? s.created : s.updated),
    };
    if (['trial', 'trial_expired'].includes(s.status)) {
      fields.trial_starts_at = start;
      fields.trial_ends_at = date(s.start + fields.plan.trial_days);
      fields.current_term_starts_at = start;
      fields.current_term_ends_at = fields.trial_ends_at;
      if (s.status === 'trial') fields.next_billing_at = fields.trial_ends_at;
    } else if (s.status === 'future') {
      fields.starts_at = start;
      fields.current_term_starts_at = start;
      fields.current_term_ends_at = addMonths(start, unit * plan.interval);
      fields.next_billing_at = start;
    } else if (s.status !== 'creation_failed') {
      fields.activated_at = s.activated === undefined ? start : date(s.activated);
      fields.current_term_starts_at = start;
      fields.current_term_ends_at = addMonths(start, unit * plan.interval);
      fields.last_billing_at = start;
      if (['live', 'dunning', 'unpaid', 'non_renewing'].includes(s.status)) fields.next_billing_at = fields.current_term_ends_at;
    }
    if (s.cycles) {
      fields.billing_cycles = s.cycles;
      fields.expires_at = s.expires === undefined ? addMonths(fields.activated_at || start, unit * s.cycles) : date(s.expires);
    }
    if (s.status === 'non_renewing') fields.cancelled_at = fields.current_term_ends_at;
    if (s.cancelled !== undefined) fields.cancelled_at = date(s.cancelled);
    if (s.status === 'creation_failed') fields.current_term_starts_at = start;
    Object.assign(fields, s.extra || {});
    subs[s.id] = put('subscriptions', fields);
    return subs[s.id];
  };

  subscription({ id: I.subscriptionBowmanDunning, key: 'Bowman', plan: 'pro-monthly', status: 'dunning', created: -95 * DAY, start: -3, activated: -95, card: 'Bowman', reference: 'BOW-PRO', updated: -2 * DAY });
  subscription({ id: I.subscriptionRuizNew, key: 'Ruiz', plan: 'basic-yearly', status: 'live', created: -2 * HOUR, start: 0, card: 'Ruiz', reference: 'RUIZ-2025' });
  subscription({ id: I.subscriptionKimTrialNew, key: 'Kim', plan: 'pro-monthly', status: 'trial', created: -5 * HOUR, start: 0, reference: 'KIM-TRIAL' });
  subscription({ id: I.subscriptionNgNew, key: 'Ng', plan: 'basic-monthly', status: 'live', created: -20 * HOUR, start: 0, addons: [['onboarding-session', 1]], coupon: 'SAVE20', salesperson: 'Piper Owner' });
  subscription({ id: I.subscriptionOkafor, key: 'Okafor', plan: 'pro-monthly', status: 'future', created: -3 * DAY, start: 10, addons: [['priority-support', 1]], reference: 'OKA-LAUNCH' });
  subscription({ id: I.subscriptionLarsenUnpaid, key: 'Larsen', plan: 'basic-monthly', status: 'unpaid', created: -200 * DAY, start: -35, activated: -200, updated: -5 * DAY });
  subscription({ id: I.subscriptionPatelNonRenewing, key: 'Patel', plan: 'pro-yearly', status: 'non_renewing', created: -240 * DAY, start: -240, card: 'Patel', updated: -1 * DAY });
  subscription({ id: I.subscriptionSchmidtCancelled, key: 'Schmidt', plan: 'pro-monthly', status: 'cancelled', created: -150 * DAY, start: -25, activated: -150, card: 'Schmidt', cancelled: -5, updated: -5 * DAY });
  subscription({ id: I.subscriptionDuboisExpired, key: 'Dubois', plan: 'basic-monthly', status: 'expired', created: -190 * DAY, start: -38, activated: -188, cycles: 6, expires: -8, updated: -8 * DAY });
  subscription({ id: I.subscriptionTanakaTrialExpired, key: 'Tanaka', plan: 'pro-monthly', status: 'trial_expired', created: -23 * DAY, start: -23, updated: -9 * DAY });
  subscription({ id: I.subscriptionSilvaCancelledFromDunning, key: 'Silva', plan: 'basic-monthly', status: 'cancelled_from_dunning', created: -160 * DAY, start: -60, activated: -160, cancelled: -30, updated: -30 * DAY });
  subscription({ id: I.subscriptionKimCreationFailed, key: 'Kim', plan: 'cloud-1tb', status: 'creation_failed', created: -40 * DAY, start: -40 });
  subscription({ id: I.subscriptionPatelCloud, key: 'Patel', plan: 'cloud-1tb', status: 'live', created: -120 * DAY, start: -10, activated: -120, card: 'Patel', addons: [['extra-storage', 3]], coupon: 'WELCOME10', updated: -4 * DAY });
  subscription({ id: I.subscriptionTanakaCloud, key: 'Tanaka', plan: 'cloud-100', status: 'live', created: -20 * DAY, start: -14, activated: -20, card: 'Tanaka', updated: -3 * DAY, extra: { next_billing_at: date(19), current_term_ends_at: date(19) } });
  subscription({ id: I.subscriptionDuboisTrial, key: 'Dubois', plan: 'pro-monthly', status: 'trial', created: -12 * DAY, start: -12 });
  subscription({ id: I.subscriptionLarsenCloud, key: 'Larsen', plan: 'cloud-100', status: 'live', created: -330 * DAY, start: -27, activated: -330, cycles: 12, expires: 3, updated: -12 * DAY });
  subscription({ id: I.subscriptionSilvaCloud, key: 'Silva', plan: 'cloud-100', status: 'live', created: -60 * DAY, start: -15, activated: -60, updated: -2 * DAY });
  subscription({ id: I.subscriptionOkaforCloud, key: 'Okafor', plan: 'cloud-free', status: 'live', created: -70 * DAY, start: -10, activated: -70 });

  /* ---- invoices ---- */
  const invoices = {};
  let lastNumber = 0;
  /** v: { id, number, sub, date (days), due (days), status, paid, type, items [[name, code, price, qty]] } */
  const invoice = (v) => {
    const sub = subs[v.sub];
    const lines = v.items || [
      [sub.plan.name, sub.plan.plan_code, sub.plan.price, sub.plan.quantity],
      ...sub.addons.filter((a) => a.type !== 'one_time').map((a) => [a.name, a.addon_code, a.price, a.quantity]),
    ];
    const items = lines.map(([name, code, price, qty], n) => ({
      item_id: String(BigInt(v.id) * 10n + BigInt(n + 1)),
      name,
      description: '',
      code,
      price,
      quantity: qty,
      discount_amount: 0,
      item_total: round2(price * qty),
      product_id: sub.product_id,
    }));
    const total = round2(items.reduce((n, i) => n + i.item_total, 0) - (v.discount || 0));
    const paid = v.paid === undefined ? (v.status === 'paid' ? total : 0) : v.paid;
    lastNumber = Math.max(lastNumber, v.number);
    const number = `INV-${String(v.number).padStart(6, '0')}`;
    const rec = {
      invoice_id: v.id,
      invoice_number: number,
      number,
      date: date(v.date),
      invoice_date: date(v.date),
      due_date: date(v.due === undefined ? v.date : v.due),
      status: v.status,
      transaction_type: v.type || 'renewal',
      customer_id: sub.customer_id,
      customer_name: sub.customer_name,
      email: sub.email,
      subscription_id: sub.subscription_id,
      subscriptions: [{ subscription_id: sub.subscription_id }],
      invoice_items: items,
      sub_total: round2(items.reduce((n, i) => n + i.item_total, 0)),
      ...(v.discount ? { discount_total: v.discount } : {}),
      total,
      payment_made: paid,
      balance: v.status === 'void' ? 0 : round2(total - paid),
      credits_applied: 0,
      write_off_amount: 0,
      payments: [],
      currency_code: sub.currency_code,
      currency_symbol: sub.currency_symbol,
      billing_address: copy(sub.customer.billing_address),
      shipping_address: {},
      comments: [],
      custom_fields: [],
      is_emailed: v.status !== 'draft',
      created_time: time(v.date * DAY),
      updated_time: time((v.updated === undefined ? v.date : v.updated) * DAY),
    };
    invoices[v.id] = state.invoices.insert(rec);
    return invoices[v.id];
  };
  invoice({ id: I.invoiceBowmanFirst, number: 31, sub: I.subscriptionBowmanDunning, date: -64, status: 'paid', type: 'renewal' });
  invoice({ id: I.invoiceBowmanSecond, number: 36, sub: I.subscriptionBowmanDunning, date: -33, status: 'paid' });
  invoice({ id: I.invoiceBowmanOverdue, number: 42, sub: I.subscriptionBowmanDunning, date: -3, due: -3, status: 'overdue', updated: -2 });
  invoice({ id: I.invoiceRuiz, number: 45, sub: I.subscriptionRuizNew, date: 0, status: 'paid', type: 'new' });
  invoice({ id: I.invoiceNg, number: 44, sub: I.subscriptionNgNew, date: 0, due: 15, status: 'sent', type: 'new', discount: 20,
    items: [['Basic', 'basic-monthly', 19, 1], ['Onboarding Session', 'onboarding-session', 99, 1]] });
  invoice({ id: I.invoiceLarsenOverdue, number: 37, sub: I.subscriptionLarsenUnpaid, date: -35, due: -20, status: 'overdue' });
  invoice({ id: I.invoicePatelYearly, number: 32, sub: I.subscriptionPatelNonRenewing, date: -240, status: 'paid', type: 'new' });
  invoice({ id: I.invoiceSchmidt, number: 39, sub: I.subscriptionSchmidtCancelled, date: -25, status: 'paid' });
  invoice({ id: I.invoicePatelCloud, number: 41, sub: I.subscriptionPatelCloud, date: -10, due: -10, status: 'partially_paid', paid: 20, discount: 4.4 });
  invoice({ id: I.invoiceSilvaVoid, number: 33, sub: I.subscriptionSilvaCancelledFromDunning, date: -60, status: 'void', updated: -30 });
  invoice({ id: I.invoiceTanakaCloud, number: 40, sub: I.subscriptionTanakaCloud, date: -14, status: 'paid' });
  state.invoices.numberSequence = lastNumber; // the next invoice raised through the API is INV-000046
  subs[I.subscriptionBowmanDunning].child_invoice_id = I.invoiceBowmanOverdue;
  subs[I.subscriptionRuizNew].child_invoice_id = I.invoiceRuiz;
  subs[I.subscriptionNgNew].child_invoice_id = I.invoiceNg;

  /* ---- payments (and the invoices' payment rows) ---- */
  const payments = {};
  /** p: { id, inv, amount, days, mode, status, error, refunded } */
  const payment = (p) => {
    const inv = invoices[p.inv];
    const sub = subs[inv.subscription_id];
    const card = sub.card;
    const success = p.status !== 'failure';
    const rec = put('payments', {
      payment_id: p.id,
      payment_mode: p.mode || 'autotransaction',
      amount: p.amount,
      amount_refunded: p.refunded || 0,
      bank_charges: 0,
      date: date(p.days),
      status: success ? 'success' : 'failure',
      reference_number: inv.invoice_number,
      description: success ? `Payment for ${inv.invoice_number}` : p.error,
      customer_id: inv.customer_id,
      customer_name: inv.customer_name,
      email: inv.email,
      currency_code: inv.currency_code,
      currency_symbol: inv.currency_symbol,
      exchange_rate: 1,
      invoices: [{ invoice_id: inv.invoice_id, invoice_number: inv.invoice_number, date: inv.date, invoice_amount: inv.total, amount_applied: success ? p.amount : 0, balance_amount: inv.balance }],
      ...((p.mode || 'autotransaction') === 'autotransaction' && card
        ? {
            autotransaction: {
              autotransaction_id: String(BigInt(p.id) + 500000n),
              payment_gateway: 'stripe',
              gateway_transaction_id: `ch_sandbox${p.id.slice(-6)}`,
              card_id: card.card_id,
              last_four_digits: card.last_four_digits,
              expiry_month: card.expiry_month,
              expiry_year: card.expiry_year,
              ...(success ? {} : { gateway_error_message: p.error }),
            },
          }
        : {}),
      custom_fields: [],
      created_time: time(p.days * DAY + (p.at || 0)),
      updated_time: time(p.days * DAY + (p.at || 0)),
    });
    if (success) {
      inv.payments.push({ payment_id: rec.payment_id, payment_mode: rec.payment_mode, amount: rec.amount, date: rec.date, description: '', reference_number: inv.invoice_number });
    }
    payments[p.id] = rec;
    return rec;
  };
  payment({ id: I.paymentBowmanFirst, inv: I.invoiceBowmanFirst, amount: 49, days: -64 });
  payment({ id: I.paymentBowmanSecond, inv: I.invoiceBowmanSecond, amount: 49, days: -33 });
  payment({ id: I.paymentPatelYearly, inv: I.invoicePatelYearly, amount: 490, days: -240 });
  payment({ id: I.paymentSchmidt, inv: I.invoiceSchmidt, amount: 49, days: -25, refunded: 20 });
  payment({ id: I.paymentTanakaCloud, inv: I.invoiceTanakaCloud, amount: 9, days: -14 });
  payment({ id: I.paymentPatelCloudPart, inv: I.invoicePatelCloud, amount: 20, days: -9, mode: 'banktransfer' });
  payment({ id: I.paymentRuiz, inv: I.invoiceRuiz, amount: 190, days: 0, at: -2 * HOUR + 60_000 });
  payment({ id: I.paymentBowmanDeclined, inv: I.invoiceBowmanOverdue, amount: 49, days: -2, status: 'failure', error: 'Your card was declined.' });

  /* ---- credit notes and the refund ---- */
  const creditNote = (fields) =>
    state.creditnotes.insert({
      creditnote_items: [],
      invoices: [],
      custom_fields: [],
      reference_number: '',
      ...fields,
    });
  const schmidt = customers.Schmidt;
  const refundNote = creditNote({
    creditnote_id: I.creditNoteSchmidtRefund, creditnote_number: 'CN-00001', date: date(-5), status: 'closed',
    customer_id: schmidt.customer_id, customer_name: schmidt.display_name, total: 20, balance: 0, currency_code: 'EUR',
    creditnote_items: [{ item_id: '9030000090500011', code: 'pro-monthly', name: 'Pro', description: 'Unused days after the cancellation', price: 20, quantity: 1, item_total: 20 }],
    created_time: time(-5 * DAY), updated_time: time(-5 * DAY),
  });
  const goodwill = creditNote({
    creditnote_id: I.creditNotePatelGoodwill, creditnote_number: 'CN-00002', date: date(-1), status: 'open',
    customer_id: customers.Patel.customer_id, customer_name: customers.Patel.display_name, total: 10, balance: 10, currency_code: 'USD',
    creditnote_items: [{ item_id: '9030000090500021', code: 'cloud-1tb', name: 'Cloud 1 TB', description: 'Goodwill credit for the outage', price: 10, quantity: 1, item_total: 10 }],
    created_time: time(-1 * DAY), updated_time: time(-1 * DAY),
  });
  state.creditnotes.numberSequence = 2;
  const refund = put('refunds', {
    refund_id: I.refundSchmidt, date: date(-5), amount: 20, description: 'Unused days after the cancellation', reference_number: 'INV-000039',
    refund_mode: 'autotransaction', status: 'success', customer_id: schmidt.customer_id, email: schmidt.email, currency_code: 'EUR', currency_symbol: '€',
    payment_id: I.paymentSchmidt,
    creditnote: { creditnote_id: refundNote.creditnote_id, creditnote_number: refundNote.creditnote_number, date: refundNote.date, amount: 20, refund_amount: 20, balance_amount: 0 },
    created_time: time(-5 * DAY),
  });
  customers.Bowman.outstanding = invoices[I.invoiceBowmanOverdue].balance;
  customers.Larsen.outstanding = invoices[I.invoiceLarsenOverdue].balance;
  customers.Ng.outstanding = invoices[I.invoiceNg].balance;
  customers.Patel.outstanding = invoices[I.invoicePatelCloud].balance;
  customers.Patel.unused_credits = 10;

  /* ---- events: every type, over the last days ---- */
  const completeInvoice = require('../zoho/invoices').documents.completeInvoice;
  const S = (id) => ({ subscription: subs[id] });
  const V = (id) => ({ invoice: completeInvoice(copy(invoices[id])) });
  const P = (id) => ({ payment: payments[id] });
  // a duplicate Ng Consulting created by mistake and deleted
  const ng = subs[I.subscriptionNgNew];
  const deleted = {
    ...copy(ng),
    subscription_id: I.subscriptionDeleted,
    amount: 19,
    plan: { ...copy(ng.plan), discount: 0, total: 19 },
    addons: [],
    reference_id: 'NG-DUPLICATE',
    created_at: date(-9),
    created_time: time(-9 * DAY),
    updated_time: time(-6 * DAY),
  };
  delete deleted.coupon;
  delete deleted.child_invoice_id;
  const oldCard = { card_id: '903000009011099', customer_id: customers.Kim.customer_id, status: 'active', last_four_digits: '1117', payment_gateway: 'stripe', expiry_month: 1, expiry_year: at(0).getUTCFullYear() + 1 };
  const card = (key) => ({ card: { ...copy(cards[key]) }, customer: { customer_id: customers[key].customer_id, display_name: customers[key].display_name, email: customers[key].email } });
  // [ms from now, type, data, source]
  const EVENTS = [
    [-7 * DAY, 'subscription_downgraded', S(I.subscriptionLarsenCloud), 'user'],
    [-6 * DAY, 'subscription_ahead', S(I.subscriptionBowmanDunning), 'system'],
    [-6 * DAY + HOUR, 'subscription_reactivated', S(I.subscriptionTanakaCloud), 'user'],
    [-6 * DAY + 2 * HOUR, 'subscription_deleted', { subscription: deleted }, 'user'],
    [-5 * DAY, 'subscription_unpaid', S(I.subscriptionLarsenUnpaid), 'system'],
    [-5 * DAY + HOUR, 'subscription_cancelled', S(I.subscriptionSchmidtCancelled), 'user'],
    [-5 * DAY + HOUR + 60_000, 'creditnote_added', { creditnote: refundNote }, 'user'],
    [-5 * DAY + HOUR + 120_000, 'payment_refunded', { refund, payment: payments[I.paymentSchmidt] }, 'user'],
    [-4 * DAY, 'subscription_upgraded', S(I.subscriptionPatelCloud), 'user'],
    [-3 * DAY, 'subscription_renewed', S(I.subscriptionBowmanDunning), 'system'],
    [-3 * DAY + 60_000, 'invoice_created', V(I.invoiceBowmanOverdue), 'system'],
    [-3 * DAY + 2 * HOUR, 'subscription_created', S(I.subscriptionOkafor), 'user'],
    [-3 * DAY + 3 * HOUR, 'billing_date_changed', S(I.subscriptionTanakaCloud), 'user'],
    [-2 * DAY, 'payment_declined', P(I.paymentBowmanDeclined), 'system'],
    [-2 * DAY + 3 * HOUR, 'subscription_move_to_free_scheduled', S(I.subscriptionSilvaCloud), 'user'],
    [-2 * DAY + 5 * HOUR, 'card_expired', card('Okafor'), 'system'],
    [-1 * DAY - 2 * HOUR, 'subscription_cancellation_scheduled', S(I.subscriptionPatelNonRenewing), 'user'],
    [-1 * DAY - HOUR, 'trial_expiring', S(I.subscriptionDuboisTrial), 'system'],
    [-1 * DAY, 'subscription_expiring', S(I.subscriptionLarsenCloud), 'system'],
    [-1 * DAY + HOUR, 'creditnote_added', { creditnote: goodwill }, 'user'],
    [-22 * HOUR, 'card_expiring', card('Ruiz'), 'system'],
    [-21 * HOUR, 'card_deleted', { card: oldCard, customer: { customer_id: customers.Kim.customer_id, display_name: customers.Kim.display_name, email: customers.Kim.email } }, 'user'],
    [-20 * HOUR, 'subscription_created', S(I.subscriptionNgNew), 'user'],
    [-20 * HOUR + 1000, 'invoice_created', V(I.invoiceNg), 'user'],
    [-8 * DAY, 'subscription_expired', S(I.subscriptionDuboisExpired), 'system'],
    [-12 * DAY, 'trial_expiring', S(I.subscriptionTanakaTrialExpired), 'system'],
    [-5 * HOUR, 'subscription_created', S(I.subscriptionKimTrialNew), 'user'],
    [-2 * HOUR, 'subscription_created', S(I.subscriptionRuizNew), 'user'],
    [-2 * HOUR + 1000, 'subscription_activation', S(I.subscriptionRuizNew), 'system'],
    [-2 * HOUR + 2000, 'invoice_created', V(I.invoiceRuiz), 'system'],
    [-2 * HOUR + 60_000, 'payment_thankyou', P(I.paymentRuiz), 'system'],
  ];
  EVENTS.sort((a, b) => a[0] - b[0]);
  EVENTS.forEach(([ms, type, data, source], n) => {
    buildEvent(state.events, {
      event_id: String(903000009090001n + BigInt(n)),
      event_type: type,
      event_time: time(Math.floor(ms / 1000) * 1000),
      event_source: source,
      data: copy(data),
    });
  });
}

module.exports = { seedZohoSandbox, ZOHO_SANDBOX_IDS, RECENT_SUBSCRIPTIONS };

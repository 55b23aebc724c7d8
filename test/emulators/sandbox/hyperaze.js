'use strict';
/**
 * The Hyperaze sandbox (`startHyperazeEmulator({ sandbox: true })`): the default data
 * (HYPERAZE_IDS, HYPERAZE_LICENSE_KEYS) plus a few more license keys, payments of the last days and
 * two more checkout links (one limited, one switched off).
 *
 * License keys to try with Membership → Validate License Key (product HYPERAZE_IDS.productDemo):
 *  - valid, not bound to a device yet: HYPERAZE_LICENSE_KEYS.active and HYPERAZE_SANDBOX_KEYS.fresh
 *    (Hyperaze binds a key to the first hwid it is validated with)
 *  - bound to a device: HYPERAZE_LICENSE_KEYS.bound, hwid HYPERAZE_BOUND_HWID
 *  - refused: HYPERAZE_LICENSE_KEYS.cancelled / .terminated (inactive memberships), or any unknown key
 *  - of the other product (refused for productDemo): HYPERAZE_LICENSE_KEYS.pro
 */

const { HYPERAZE_IDS } = require('../hyperaze');

const DAY = 24 * 3600 * 1000;

const HYPERAZE_SANDBOX_IDS = Object.freeze({
  membershipFresh: 'mem_fresh000000006',
  membershipTeam: 'mem_lifetime000007',
  paymentToday: 'pay_today000000004',
  paymentYesterday: 'pay_yesterday00005',
  paymentPro: 'pay_prorenew000006',
  checkoutLifetime: 'chk_lifetime000002',
  checkoutClosed: 'chk_closed00000003',
});

const HYPERAZE_SANDBOX_KEYS = Object.freeze({
  fresh: 'SAND-BOX0-FRES-H006',
  lifetime: 'LIFE-TIME-0000-0007',
});

/** Adds the sandbox to the default data (the object the emulator is about to seed). */
function applyHyperazeSandbox(data, now = new Date()) {
  const I = HYPERAZE_IDS;
  const S = HYPERAZE_SANDBOX_IDS;
  const at = (days) => new Date(now.getTime() + days * DAY).toISOString();
  data.memberships.push(
    { id: S.membershipFresh, license_key: HYPERAZE_SANDBOX_KEYS.fresh, status: 'active', product_id: I.productDemo, plan_id: I.planMonthly, customer_email: 'alan@example.com', metadata: {}, created_date: at(-1) },
    { id: S.membershipTeam, license_key: HYPERAZE_SANDBOX_KEYS.lifetime, status: 'active', product_id: I.productDemo, plan_id: I.planLifetime, customer_email: 'barbara@example.com', metadata: { hwid: 'STUDIO-PC-07' }, created_date: at(-40) },
  );
  data.payments.push(
    { id: S.paymentToday, membership_id: S.membershipFresh, product_id: I.productDemo, plan_id: I.planMonthly, amount: 9.99, currency: 'USD', status: 'succeeded', customer_email: 'alan@example.com', created_date: at(-0.1) },
    { id: S.paymentYesterday, membership_id: I.membershipActive, product_id: I.productDemo, plan_id: I.planMonthly, amount: 9.99, currency: 'USD', status: 'succeeded', customer_email: 'ada@example.com', created_date: at(-1) },
    { id: S.paymentPro, membership_id: I.membershipPro, product_id: I.productPro, plan_id: I.planPro, amount: 199, currency: 'EUR', status: 'succeeded', customer_email: 'ken@example.com', created_date: at(-3) },
  );
  data.checkouts.push(
    { id: S.checkoutLifetime, plan_id: I.planLifetime, product_id: I.productDemo, stocks: 50, claimed: 12, release_method: 'Instant', start_date: at(-30), end_date: at(30), created_date: at(-30) },
    { id: S.checkoutClosed, plan_id: I.planPro, product_id: I.productPro, active: false, password: 'launch-2025', created_date: at(-90) },
  );
  return data;
}

module.exports = { applyHyperazeSandbox, HYPERAZE_SANDBOX_IDS, HYPERAZE_SANDBOX_KEYS };

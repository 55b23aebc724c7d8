'use strict';
/**
 * The JFramework sandbox (`startJFrameworkEmulator({ sandbox: true })`): the default data (JFW_IDS)
 * made current and filled out.
 *
 *  - a third package, Team, with monthly and yearly prices and its features
 *  - licenses in every status JFramework has (Active, Used, Expired, Inactive, NotStarted), of every
 *    package, some in test mode, one of type Refunded; the default ones get dates around today
 *  - payments completed today and in the last days, one pending; invoices paid and one unpaid
 *    past its overdue date
 *
 * IDs and license codes are fixed (JFW_SANDBOX_IDS, JFW_SANDBOX_LICENSES); dates are relative to the
 * moment of seeding.
 */

const { JFW_IDS } = require('../jframework');

const DAY = 24 * 3600 * 1000;

const JFW_SANDBOX_IDS = Object.freeze({
  pkgTeam: 'Pkteam5h8j2k4l',
  priceTeamMonthly: 'Prtm3q4w5e6r7t',
  priceTeamYearly: 'Prty8u9i0o1p2a',
  licenseBasicYearly: 'Lcby2w3e4r5t6y',
  licenseProMonthly: 'Lcpm7u8i9o0p1a',
  licenseTeamUsed: 'Lctu2s3d4f5g6h',
  licenseProInactive: 'Lcpi7j8k9l0z1x',
  licenseNotStarted: 'Lcns2c3v4b5n6m',
  licenseProExpired: 'Lcpe7q8w9e0r1t',
  licenseRefunded: 'Lcrf2y3u4i5o6p',
  licenseTeamTest: 'Lctt7a8s9d0f1g',
  licenseBasicTest: 'Lcbt2h3j4k5l6z',
  paymentToday: 'Pytoday1x2c3v4',
  paymentYesterday: 'Pyyday5b6n7m8q',
  paymentTeam: 'Pyteam9w0e1r2t',
  paymentPendingTeam: 'Pypendt3y4u5i6',
  invoiceToday: 'Ivtoday7o8p9a0',
  invoiceYesterday: 'Ivyday1s2d3f4g',
  invoiceTeam: 'Ivteam5h6j7k8l',
  invoiceOverdue: 'Ivovrd9z0x1c2v',
});

/** License codes to try (License → Get by code, Check, Apply). */
const JFW_SANDBOX_LICENSES = Object.freeze({
  active: 'BASIC-AAAA-BBBB-CCCC', // JFW_IDS.licenseActive
  used: 'PRO-DDDD-EEEE-FFFF', // JFW_IDS.licenseUsed
  expired: 'BASIC-GGGG-HHHH-IIII', // JFW_IDS.licenseExpired
  basicYearly: 'BASIC-JKLM-NPQR-STUV',
  proMonthly: 'PRO-WXYZ-2345-6789',
  teamUsed: 'TEAM-ABCD-EFGH-JKLM',
  inactive: 'PRO-INAC-TIVE-0001',
  notStarted: 'BASIC-NOTS-TART-0001',
  proExpired: 'PRO-EXPD-2024-0002',
  refunded: 'BASIC-RFND-0000-0003',
  teamTest: 'TEAM-TEST-MODE-0004',
  basicTest: 'BASIC-TEST-MODE-0005',
});

/** Adds the sandbox to the default data (the object the emulator is about to seed). */
function applyJFrameworkSandbox(data, now = new Date()) {
  const I = JFW_IDS;
  const S = JFW_SANDBOX_IDS;
  const L = JFW_SANDBOX_LICENSES;
  const at = (days) => new Date(now.getTime() + days * DAY).toISOString().replace('Z', '+00:00');
  const byId = (list, id) => list.find((r) => r.id === id);

  data.packages.push({ id: S.pkgTeam, code: 'team', name: 'Team', description: 'For teams of up to 25', tags: 'team', tier: 3, zOrder: 3, createdDate: at(-200) });
  data.prices.push(
    { id: S.priceTeamMonthly, packageId: S.pkgTeam, subscriptionTypeId: I.stMonthly, code: 'team-monthly', name: 'Team Monthly', amount: 79, zOrder: 5, description: 'Team, billed monthly', tags: 'team' },
    { id: S.priceTeamYearly, packageId: S.pkgTeam, subscriptionTypeId: I.stYearly, code: 'team-yearly', name: 'Team Yearly', amount: 790, zOrder: 6, description: 'Team, billed yearly', tags: 'team' },
  );
  data.packageFeatures.push(
    { packageId: S.pkgTeam, featureId: I.featureProjects, type: 'Limitation', title: 'Unlimited projects', value: null, isUnlimited: true, resetPolicy: 'Lifetime' },
    { packageId: S.pkgTeam, featureId: I.featureStorage, type: 'Limitation', title: '1 TB storage', value: 1000, isUnlimited: false, resetPolicy: 'Monthly' },
  );

  // the default licenses, dated around today
  Object.assign(byId(data.licenses, I.licenseActive), { amount: 9.99, startDate: at(-20), endDate: at(10), createdDate: at(-20) });
  Object.assign(byId(data.licenses, I.licenseUsed), { startDate: at(-60), endDate: at(305), usedDate: at(-59), createdDate: at(-60) });
  Object.assign(byId(data.licenses, I.licenseExpired), { amount: 9.99, createdDate: at(-700) });
  const license = (id, packageId, subscriptionTypeId, code, status, amount, start, end, extra = {}) => ({
    id, packageId, subscriptionTypeId, code, status, amount, currencyCode: 'USD', startDate: at(start), endDate: at(end), createdDate: at(Math.min(start, 0)), tags: 'sandbox', ...extra,
  });
  data.licenses.push(
    license(S.licenseBasicYearly, I.pkgBasic, I.stYearly, L.basicYearly, 'Active', 99, -30, 335, { description: 'Bought on the website' }),
    license(S.licenseProMonthly, I.pkgPro, I.stMonthly, L.proMonthly, 'Active', 29, -5, 25, { description: 'Renewed monthly' }),
    license(S.licenseTeamUsed, S.pkgTeam, I.stYearly, L.teamUsed, 'Used', 790, -15, 350, { usedByUserId: I.userBuyer, usedDate: at(-14), description: 'Applied by buyer' }),
    license(S.licenseProInactive, I.pkgPro, I.stMonthly, L.inactive, 'Inactive', 29, -40, -10, { description: 'Deactivated after a chargeback' }),
    license(S.licenseNotStarted, I.pkgBasic, I.stMonthly, L.notStarted, 'NotStarted', 9.99, 7, 37, { description: 'Starts next week' }),
    license(S.licenseProExpired, I.pkgPro, I.stYearly, L.proExpired, 'Expired', 290, -375, -10, { description: 'Not renewed' }),
    license(S.licenseRefunded, I.pkgBasic, I.stMonthly, L.refunded, 'Inactive', 9.99, -12, 18, { type: 'Refunded', description: 'Refunded on request' }),
    license(S.licenseTeamTest, S.pkgTeam, I.stMonthly, L.teamTest, 'Active', 79, -2, 28, { testMode: true, description: 'Test purchase' }),
    license(S.licenseBasicTest, I.pkgBasic, I.stMonthly, L.basicTest, 'Active', 9.99, -1, 29, { testMode: true, description: 'Test purchase' }),
  );

  const payment = (id, code, name, priceId, gross, status, days, extra = {}) => ({
    id, code, name, priceId, userId: I.userBuyer, amountGross: gross, amountFee: Math.round(gross * 0.059 * 100) / 100,
    amountNet: Math.round(gross * 0.941 * 100) / 100, amount: gross, status, paymentDate: status === 'Completed' ? at(days) : null, createdDate: at(days), ...extra,
  });
  data.payments.push(
    payment(S.paymentToday, 'PAY-0103', 'Pro Monthly', I.priceProMonthly, 29, 'Completed', -0.1, { invoiceNo: 'INV-0103' }),
    payment(S.paymentYesterday, 'PAY-0102', 'Basic Yearly', I.priceBasicYearly, 99, 'Completed', -1, { invoiceNo: 'INV-0102' }),
    payment(S.paymentTeam, 'PAY-0101', 'Team Yearly', S.priceTeamYearly, 790, 'Completed', -15, { invoiceNo: 'INV-0101' }),
    payment(S.paymentPendingTeam, 'PAY-0104', 'Team Monthly', S.priceTeamMonthly, 79, 'Pending', -0.05),
  );
  const invoice = (id, code, paymentId, packageId, subscriptionTypeId, total, status, days, extra = {}) => ({
    id, code, userId: I.userBuyer, paymentId, packageId, subscriptionTypeId, status, subtotalAmount: total, totalAmount: total,
    amountPaid: status === 'Paid' ? total : 0, amountDue: status === 'Paid' ? 0 : total, invoiceDate: at(days), createdDate: at(days), ...extra,
  });
  data.invoices.push(
    invoice(S.invoiceToday, 'INV-0103', S.paymentToday, I.pkgPro, I.stMonthly, 29, 'Paid', -0.1),
    invoice(S.invoiceYesterday, 'INV-0102', S.paymentYesterday, I.pkgBasic, I.stYearly, 99, 'Paid', -1),
    invoice(S.invoiceTeam, 'INV-0101', S.paymentTeam, S.pkgTeam, I.stYearly, 790, 'Paid', -15),
    invoice(S.invoiceOverdue, 'INV-0104', S.paymentPendingTeam, S.pkgTeam, I.stMonthly, 79, 'Unpaid', -20, { overdueDate: at(-6), reminderedCount: 2, notes: 'Reminded twice' }),
  );
  return data;
}

module.exports = { applyJFrameworkSandbox, JFW_SANDBOX_IDS, JFW_SANDBOX_LICENSES };

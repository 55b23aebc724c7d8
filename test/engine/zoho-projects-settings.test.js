'use strict';
/**
 * Zoho Billing: expenses, recurring expenses, projects, tasks, time entries, settings and
 * organizations. Every operation runs through n8n's engine against the Zoho emulator; the
 * requests it sends (method, path, query, body) are checked exactly, and so are the outputs.
 */
const path = require('path');
const { runNode, loadPackage, listSearchContext, PACKAGE_DIR } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

const API = '/billing/v1';
const ME = '460000000024003';
const RENT = '982000000561057';
const CUSTOMER = '460000000044001';

let emu;
let credentials;
beforeAll(async () => {
	emu = await startZohoEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	emu.clearFaults();
	emu.setRateLimit(null);
	credentials = zohoCredentials(emu);
	emu.clearRequests();
});

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'zohoBilling', parameters: { resource, operation, ...parameters }, credentials, ...extra });
const apiRequests = () => emu.requests.filter((r) => r.path.startsWith(API));
const lastRequest = () => apiRequests()[apiRequests().length - 1];
const ok = (r) => {
	if (r.error) throw new Error(`unexpected error: ${r.error.message} — ${r.error.description}`);
	return r.items;
};

/** A project with one task, created in the emulator (not through the node). */
function seedProject(extra = {}) {
	const [project] = emu.seed('projects', [{ project_name: 'Website', customer_id: CUSTOMER, billing_type: 'based_on_task_hours', ...extra }]);
	const [task] = emu.seed('tasks', [{ task_name: 'Design', project_id: project.project_id }]);
	return { projectId: project.project_id, taskId: task.task_id };
}

/* ================================================================================================
 * Expenses
 * ============================================================================================== */

describe('Zoho Billing: Expense', () => {
	it('Create: POST /expenses with account, amount and every kind of additional field in Zoho\'s shape; outputs the expense', async () => {
		const r = await run('expense', 'create', {
			account_id: RENT,
			amount: 112.5,
			additionalFields: {
				date: '2025-03-01T10:00:00',
				description: 'Office rent',
				reference_number: 'R-1',
				is_billable: true,
				customer_id: CUSTOMER,
				tax_id: '982000000566007',
				is_inclusive_tax: false,
				exchange_rate: 1.2,
				mileage_type: 'manual',
				distance: 12,
				mileage_unit: 'km',
				customFields: { field: [{ label: '46000000012845', value: 'Normal' }] },
				lineItems: { item: [{ account_id: RENT, amount: 100, description: 'Rent' }, { account_id: '982000000561063', amount: 12.5, tax_id: '', product_type: '' }] },
				vat_treatment: 'uk',
				extraFieldsJson: '{"vendor_id": "982000000567111", "amount": 1}',
			},
		});
		const [expense] = ok(r);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/expenses`, query: {} });
		expect(lastRequest().body).toEqual({
			vendor_id: '982000000567111',
			account_id: RENT,
			amount: 112.5,
			date: '2025-03-01',
			description: 'Office rent',
			reference_number: 'R-1',
			is_billable: true,
			customer_id: CUSTOMER,
			tax_id: '982000000566007',
			is_inclusive_tax: false,
			exchange_rate: 1.2,
			mileage_type: 'manual',
			distance: '12',
			mileage_unit: 'km',
			custom_fields: [{ customfield_id: 46000000012845, value: 'Normal' }],
			line_items: [
				{ account_id: RENT, amount: 100, description: 'Rent' },
				{ account_id: '982000000561063', amount: 12.5 },
			],
			vat_treatment: 'uk',
		});
		expect(expense).toMatchObject({
			expense_id: expect.stringMatching(/^\d+$/),
			account_name: 'Rent',
			amount: 112.5,
			date: '2025-03-01',
			status: 'unbilled',
			customer_id: CUSTOMER,
		});
		expect(r.items).toHaveLength(1);
	});

	it('round-trips create → get → update (PUT, Delete Receipt as query) → get many → delete → get (404)', async () => {
		const [created] = ok(await run('expense', 'create', { account_id: RENT, amount: 40 }));
		const id = created.expense_id;
		expect(created).toMatchObject({ amount: 40, status: 'non-billable', is_billable: false });

		const [got] = ok(await run('expense', 'get', { expenseId: fromList(id) }));
		expect(got).toMatchObject({ expense_id: id, amount: 40 });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/expenses/${id}` });

		const [updated] = ok(
			await run('expense', 'update', {
				expenseId: byId(id),
				account_id: '982000000561060',
				amount: 55.25,
				updateFields: { description: 'Taxi', delete_receipt: true, date: '2025-04-02' },
			}),
		);
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `${API}/expenses/${id}`,
			query: { delete_receipt: 'true' },
			body: { account_id: '982000000561060', amount: 55.25, description: 'Taxi', date: '2025-04-02' },
		});
		expect(updated).toMatchObject({ expense_id: id, account_name: 'Travel Expense', amount: 55.25, description: 'Taxi' });

		const many = ok(await run('expense', 'getAll', { returnAll: true }));
		expect(many.map((e) => e.expense_id)).toEqual([id]);

		expect(ok(await run('expense', 'delete', { expenseId: byId(id) }))).toEqual([{ success: true, message: 'The expense has been deleted.' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/expenses/${id}` });
		const gone = await run('expense', 'get', { expenseId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Expense does not exist. (Zoho code 1002)');
	});

	it('Get Many: Return All reads every page of 200; Limit fetches only the pages it needs', async () => {
		emu.seed('expenses', 450);
		let r = await run('expense', 'getAll', { returnAll: true });
		expect(ok(r)).toHaveLength(450);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);
		emu.clearRequests();
		r = await run('expense', 'getAll', { returnAll: false, limit: 250 });
		expect(ok(r)).toHaveLength(250);
		expect(apiRequests()).toHaveLength(2);
		emu.clearRequests();
		r = await run('expense', 'getAll', { limit: 3 });
		expect(ok(r)).toHaveLength(3);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '3' }]);
	});

	it('Get Many: every filter, search and sort goes to the query with Zoho\'s names, and Zoho filters by them', async () => {
		emu.seed('expenses', [
			{ account_id: RENT, amount: 50, date: '2025-01-05', description: 'January rent', is_billable: true, customer_id: CUSTOMER },
			{ account_id: RENT, amount: 70, date: '2025-02-05', description: 'February rent', is_billable: true, customer_id: CUSTOMER },
			{ account_id: RENT, amount: 300, date: '2025-02-06', description: 'Laptop' },
		]);
		const filters = {
			filter_by: 'Status.Billable',
			date_start: '2025-01-01T00:00:00',
			date_end: '2025-02-28',
			amount_greater_than: 10,
			amount_less_than: 100,
			description_contains: 'rent',
			customer_id: CUSTOMER,
			search_text: 'rent',
			sort_column: 'total',
		};
		const r = await run('expense', 'getAll', { returnAll: true, filters });
		expect(ok(r).map((e) => e.description).sort()).toEqual(['February rent', 'January rent']);
		expect(lastRequest().query).toEqual({
			page: '1',
			per_page: '200',
			filter_by: 'Status.Billable',
			date_start: '2025-01-01',
			date_end: '2025-02-28',
			amount_greater_than: '10',
			amount_less_than: '100',
			description_contains: 'rent',
			customer_id: CUSTOMER,
			search_text: 'rent',
			sort_column: 'total',
		});
		emu.clearRequests();
		const more = {
			account_name_contains: 'ren',
			customer_name_contains: 'cust',
			reference_number_contains: 'R-',
		};
		await run('expense', 'getAll', { returnAll: true, filters: more });
		expect(lastRequest().query).toEqual({ page: '1', per_page: '200', ...more });
	});

	it('bad input is stopped before any request, with a message naming the field', async () => {
		const cases = [
			[{ account_id: RENT, amount: 0 }, /^Amount: must be a number greater than 0/],
			[{ account_id: 'rent', amount: 5 }, /^Account ID: "rent" is not a Zoho ID/],
			[{ account_id: '={{ "" }}', amount: 5 }, /^Account ID: a value is required/],
			[{ account_id: RENT, amount: 5, additionalFields: { date: '01/02/2025' } }, /^Date: "01\/02\/2025" is not a date/],
			[{ account_id: RENT, amount: 5, additionalFields: { customer_id: 'Bowman' } }, /^Customer ID: "Bowman" is not a Zoho ID/],
			[{ account_id: RENT, amount: 5, additionalFields: { description: 'x'.repeat(101) } }, /^Description: must be at most 100 characters/],
			[{ account_id: RENT, amount: 5, additionalFields: { lineItems: { item: [{ amount: 3 }] } } }, /^Line Items \(entry 1\) → Account ID: a value is required/],
			[{ account_id: RENT, amount: 5, additionalFields: { lineItems: { item: [{ account_id: RENT, amount: 0 }] } } }, /^Line Items \(entry 1\) → Amount: must be a number greater than 0/],
			[{ account_id: RENT, amount: 5, additionalFields: { extraFieldsJson: '{nope' } }, /^Extra Fields \(JSON\): is not valid JSON/],
		];
		for (const [parameters, message] of cases) {
			const r = await run('expense', 'create', parameters);
			expect([parameters, r.error && r.error.message]).toEqual([parameters, expect.stringMatching(message)]);
		}
		let r = await run('expense', 'getAll', { returnAll: true, filters: { date_start: '2025-03-01', date_end: '2025-02-01' } });
		expect(r.error.message).toMatch(/^Date To: must be after Date From/);
		r = await run('expense', 'update', { expenseId: fromList(''), account_id: RENT, amount: 5 });
		expect(r.error.message).toMatch(/Expense/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('Zoho\'s refusals keep Zoho\'s words and code: invoiced expenses cannot be deleted or change customer; code != 0 on HTTP 200', async () => {
		const [invoiced] = emu.seed('expenses', [{ account_id: RENT, amount: 10, status: 'invoiced', is_billable: true, customer_id: CUSTOMER }]);
		let r = await run('expense', 'delete', { expenseId: byId(invoiced.expense_id) });
		expect(r.error.message).toBe('Zoho Billing error 400: Expenses that were converted to an invoice cannot be deleted (Zoho code 5001)');
		r = await run('expense', 'update', {
			expenseId: byId(invoiced.expense_id),
			account_id: RENT,
			amount: 10,
			updateFields: { customer_id: '460000000044999' },
		});
		expect(r.error.message).toBe('Zoho Billing error 400: Contact cannot be changed for an invoiced expense (Zoho code 5019)');
		emu.addFault({ kind: 'zoho-error-200', body: { code: 1001, message: 'An internal error occurred.' } });
		r = await run('expense', 'getAll', { returnAll: true });
		expect(r.error.message).toBe('Zoho Billing error: An internal error occurred. (Zoho code 1001)');
		expect(r.items).toEqual([]);
	});
});

/* ================================================================================================
 * Recurring expenses
 * ============================================================================================== */

describe('Zoho Billing: Recurring Expense', () => {
	const required = (extra = {}) => ({
		recurrence_name: 'Monthly Rental',
		account_id: RENT,
		amount: 1200,
		start_date: '2030-01-01T00:00:00',
		recurrence_frequency: 'months',
		repeat_every: 1,
		...extra,
	});

	it('Create: POST /recurringexpenses with the six required values and additional fields; outputs the recurring expense', async () => {
		const r = await run(
			'recurringExpense',
			'create',
			required({
				additionalFields: {
					end_date: '2030-12-31',
					is_billable: true,
					customer_id: CUSTOMER,
					project_id: '460000000044019',
					customFields: { field: [{ label: '46000000012900', value: 'A' }] },
					extraFieldsJson: '{"paid_through_account_id": "982000000567250"}',
				},
			}),
		);
		const [rec] = ok(r);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/recurringexpenses` });
		expect(lastRequest().body).toEqual({
			paid_through_account_id: '982000000567250',
			recurrence_name: 'Monthly Rental',
			account_id: RENT,
			amount: 1200,
			start_date: '2030-01-01',
			recurrence_frequency: 'months',
			repeat_every: '1',
			end_date: '2030-12-31',
			is_billable: true,
			customer_id: CUSTOMER,
			project_id: '460000000044019',
			custom_fields: [{ customfield_id: 46000000012900, value: 'A' }],
		});
		expect(rec).toMatchObject({
			recurring_expense_id: expect.stringMatching(/^\d+$/),
			recurrence_name: 'Monthly Rental',
			status: 'active',
			next_expense_date: '2030-01-01',
			account_name: 'Rent',
		});
	});

	it('round-trips create → get → update (a POST) → stop → resume → history → child expenses → delete', async () => {
		const [created] = ok(await run('recurringExpense', 'create', required()));
		const id = created.recurring_expense_id;
		const [got] = ok(await run('recurringExpense', 'get', { recurringExpenseId: fromList(id) }));
		expect(got).toMatchObject({ recurring_expense_id: id, amount: 1200, repeat_every: 1 });

		const [updated] = ok(
			await run(
				'recurringExpense',
				'update',
				required({ recurringExpenseId: byId(id), amount: 1300, recurrence_frequency: 'weeks', repeat_every: 2, updateFields: { is_inclusive_tax: true } }),
			),
		);
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/recurringexpenses/${id}`,
			body: {
				recurrence_name: 'Monthly Rental',
				account_id: RENT,
				amount: 1300,
				start_date: '2030-01-01',
				recurrence_frequency: 'weeks',
				repeat_every: '2',
				is_inclusive_tax: true,
			},
		});
		expect(updated).toMatchObject({ amount: 1300, recurrence_frequency: 'weeks', repeat_every: 2 });

		expect(ok(await run('recurringExpense', 'stop', { recurringExpenseId: byId(id) }))).toEqual([
			{ success: true, message: 'The recurring expense has been stopped.' },
		]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/recurringexpenses/${id}/status/stop` });
		expect(ok(await run('recurringExpense', 'get', { recurringExpenseId: byId(id) }))[0].status).toBe('stopped');
		expect(ok(await run('recurringExpense', 'getAll', { returnAll: true, filters: { filter_by: 'Status.Stopped' } })).map((x) => x.recurring_expense_id)).toEqual([id]);

		expect(ok(await run('recurringExpense', 'resume', { recurringExpenseId: byId(id) }))).toEqual([
			{ success: true, message: 'The recurring expense has been activated.' },
		]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/recurringexpenses/${id}/status/resume` });
		expect(ok(await run('recurringExpense', 'get', { recurringExpenseId: byId(id) }))[0].status).toBe('active');

		const history = ok(await run('recurringExpense', 'listHistory', { recurringExpenseId: byId(id), returnAll: true }));
		expect(history.map((h) => h.description)).toEqual([
			'Recurring Expense created',
			'Recurring Expense updated',
			'Recurring Expense stopped',
			'Recurring Expense resumed',
		]);
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/recurringexpenses/${id}/comments` });

		emu.seed('expenses', [
			{ account_id: RENT, amount: 1300, recurring_expense_id: id, date: '2030-01-01' },
			{ account_id: RENT, amount: 99, date: '2030-01-02' },
			{ account_id: RENT, amount: 1250, recurring_expense_id: id, date: '2030-01-15' },
		]);
		const children = ok(
			await run('recurringExpense', 'listChildExpenses', { recurringExpenseId: byId(id), returnAll: true, options: { sort_column: 'total' } }),
		);
		expect(children.map((c) => [c.date, c.total])).toEqual([
			['2030-01-15', 1250],
			['2030-01-01', 1300],
		]);
		expect(lastRequest()).toMatchObject({
			path: `${API}/recurringexpenses/${id}/expenses`,
			query: { page: '1', per_page: '200', sort_column: 'total' },
		});

		expect(ok(await run('recurringExpense', 'delete', { recurringExpenseId: byId(id) }))).toEqual([
			{ success: true, message: 'The recurring expense has been deleted.' },
		]);
		const gone = await run('recurringExpense', 'get', { recurringExpenseId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Recurring expense does not exist. (Zoho code 1002)');
	});

	it('Get Many: pages, Limit, and every filter in Zoho\'s names (filters left empty are not sent)', async () => {
		emu.seed('recurringexpenses', 230);
		let r = await run('recurringExpense', 'getAll', { returnAll: true });
		expect(ok(r)).toHaveLength(230);
		expect(apiRequests()).toHaveLength(2);
		emu.clearRequests();
		r = await run('recurringExpense', 'getAll', { limit: 7 });
		expect(ok(r)).toHaveLength(7);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '7' }]);
		emu.clearRequests();
		const filters = {
			filter_by: 'Status.Active',
			recurrence_name_contains: 'Recurring 000',
			account_id: RENT,
			account_name_contains: 'Rent',
			amount_greater_than: 500,
			amount_less_than: 505,
			customer_id: '',
			next_expense_date_start: '2029-12-01',
			next_expense_date_end: '2030-01-31',
			last_created_date_start: '',
			sort_column: 'recurrence_name',
		};
		r = await run('recurringExpense', 'getAll', { returnAll: true, filters });
		expect(ok(r).map((x) => x.recurrence_name)).toEqual(['Recurring 0002', 'Recurring 0003', 'Recurring 0004', 'Recurring 0005']);
		expect(lastRequest().query).toEqual({
			page: '1',
			per_page: '200',
			filter_by: 'Status.Active',
			recurrence_name_contains: 'Recurring 000',
			account_id: RENT,
			account_name_contains: 'Rent',
			amount_greater_than: '500',
			amount_less_than: '505',
			next_expense_date_start: '2029-12-01',
			next_expense_date_end: '2030-01-31',
			sort_column: 'recurrence_name',
		});
	});

	it('bad input stops before any request; Zoho\'s refusal of a duplicate name keeps its code', async () => {
		const cases = [
			[required({ repeat_every: 0 }), /^Repeat Every: must be a whole number of 1 or more/],
			[required({ recurrence_name: '={{ "" }}' }), /^Name: a value is required/],
			[required({ amount: -5 }), /^Amount: must be a number greater than 0/],
			[required({ start_date: '2030-02-30' }), /^Start Date: "2030-02-30" is not a date/],
			[required({ additionalFields: { end_date: '2029-12-31' } }), /^End Date: must be after Start Date/],
			[required({ additionalFields: { exchange_rate: 0 } }), /^Exchange Rate: must be a number greater than 0/],
		];
		for (const [parameters, message] of cases) {
			const r = await run('recurringExpense', 'create', parameters);
			expect([parameters.recurrence_name, r.error && r.error.message]).toEqual([parameters.recurrence_name, expect.stringMatching(message)]);
		}
		const r = await run('recurringExpense', 'stop', { recurringExpenseId: fromList('  ') });
		expect(r.error.message).toMatch(/^Recurring Expense: a value is required/);
		expect(apiRequests()).toHaveLength(0);

		ok(await run('recurringExpense', 'create', required()));
		const dup = await run('recurringExpense', 'create', required());
		expect(dup.error.message).toBe('Zoho Billing error 400: Recurrence Name already exists (Zoho code 5012)');
		expect(dup.error.description).toMatch(/Check the fields/);
	});
});

/* ================================================================================================
 * Projects
 * ============================================================================================== */

describe('Zoho Billing: Project', () => {
	const core = (extra = {}) => ({
		project_name: 'Network Distribution',
		customerId: fromList(CUSTOMER),
		billing_type: 'based_on_task_hours',
		...extra,
	});

	it('Create: POST /projects with name, customer, billing method, budget, tasks and users in Zoho\'s shape; outputs the project', async () => {
		emu.state.orgusers.insert({ user_id: '460000000024011', user_name: 'Ann Staff', email: 'ann@zillum.com' });
		const r = await run(
			'project',
			'create',
			core({
				billing_type: 'fixed_cost_for_project',
				rate: 5000,
				additionalFields: {
					description: 'Distribution study',
					budget_type: 'total_project_hours',
					budget_hours: 120,
					tasks: { task: [{ task_name: 'Analysis', description: 'First step', rate: 0, budget_hours: 10 }, { task_name: 'Report' }] },
					users: { user: [{ user_id: '460000000024011', user_role: 'timesheetstaff', rate: 45 }] },
					extraFieldsJson: '{"show_in_dashboard": false}',
				},
			}),
		);
		const [project] = ok(r);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects` });
		expect(lastRequest().body).toEqual({
			show_in_dashboard: false,
			project_name: 'Network Distribution',
			customer_id: CUSTOMER,
			billing_type: 'fixed_cost_for_project',
			rate: '5000',
			description: 'Distribution study',
			budget_type: 'total_project_hours',
			budget_hours: '120',
			tasks: [{ task_name: 'Analysis', description: 'First step', budget_hours: '10' }, { task_name: 'Report' }],
			users: [{ user_id: '460000000024011', user_role: 'timesheetstaff', rate: '45' }],
		});
		expect(project).toMatchObject({
			project_id: expect.stringMatching(/^\d+$/),
			project_name: 'Network Distribution',
			billing_type: 'fixed_cost_for_project',
			rate: 5000,
			status: 'active',
		});
		expect(project.tasks.map((t) => t.task_name)).toEqual(['Analysis', 'Report']);
		expect(project.users.map((u) => [u.user_id, u.user_role])).toEqual([
			[ME, 'admin'],
			['460000000024011', 'timesheetstaff'],
		]);
	});

	it('Rate is required (and sent) only for Fixed Cost for Project and Based on Project Hours', async () => {
		let r = await run('project', 'create', core({ billing_type: 'based_on_project_hours', rate: 0 }));
		expect(r.error.message).toMatch(/^Rate: must be a number greater than 0/);
		expect(apiRequests()).toHaveLength(0);
		r = await run('project', 'create', core({ billing_type: 'based_on_staff_hours', rate: 0 }));
		expect(ok(r)[0].billing_type).toBe('based_on_staff_hours');
		expect(lastRequest().body).toEqual({ project_name: 'Network Distribution', customer_id: CUSTOMER, billing_type: 'based_on_staff_hours' });
	});

	it('round-trips create → get → update → deactivate → activate → clone → delete; Get Many filters by status and customer', async () => {
		const [created] = ok(await run('project', 'create', core({ additionalFields: { tasks: { task: [{ task_name: 'Build' }] } } })));
		const id = created.project_id;
		const [got] = ok(await run('project', 'get', { projectId: fromList(id) }));
		expect(got).toMatchObject({ project_id: id, project_name: 'Network Distribution', customer_name: `Customer ${CUSTOMER}` });

		const [updated] = ok(
			await run('project', 'update', core({ projectId: byId(id), project_name: 'Renamed', billing_type: 'based_on_project_hours', rate: 80, updateFields: { description: 'New' } })),
		);
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `${API}/projects/${id}`,
			body: { project_name: 'Renamed', customer_id: CUSTOMER, billing_type: 'based_on_project_hours', rate: '80', description: 'New' },
		});
		expect(updated).toMatchObject({ project_name: 'Renamed', rate: 80, description: 'New' });

		expect(ok(await run('project', 'deactivate', { projectId: byId(id) }))).toEqual([{ success: true, message: 'The selected projects have been marked as inactive.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/${id}/inactive` });
		seedProject({ project_name: 'Other', customer_id: '460000000044777' });
		let list = ok(await run('project', 'getAll', { returnAll: true, filters: { filter_by: 'Status.Inactive' } }));
		expect(list.map((p) => p.project_name)).toEqual(['Renamed']);
		expect(lastRequest().query).toEqual({ page: '1', per_page: '200', filter_by: 'Status.Inactive' });
		list = ok(await run('project', 'getAll', { returnAll: true, filters: { customer_id: '460000000044777', sort_column: 'project_name' } }));
		expect(list.map((p) => p.project_name)).toEqual(['Other']);
		expect(lastRequest().query).toEqual({ page: '1', per_page: '200', customer_id: '460000000044777', sort_column: 'project_name' });

		expect(ok(await run('project', 'activate', { projectId: byId(id) }))).toEqual([{ success: true, message: 'The selected Projects have been marked as active.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/${id}/active` });
		expect(ok(await run('project', 'get', { projectId: byId(id) }))[0].status).toBe('active');

		const [copy] = ok(await run('project', 'clone', { projectId: byId(id), project_name: 'Renamed 2', additionalFields: { description: 'Copy' } }));
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/${id}/clone`, body: { project_name: 'Renamed 2', description: 'Copy' } });
		expect(copy).toMatchObject({ project_name: 'Renamed 2', billing_type: 'based_on_project_hours', rate: 80, description: 'Copy' });
		expect(copy.project_id).not.toBe(id);
		expect(copy.tasks.map((t) => t.task_name)).toEqual(['Build']);

		for (const projectId of [id, copy.project_id]) {
			expect(ok(await run('project', 'delete', { projectId: byId(projectId) }))).toEqual([{ success: true, message: 'The project has been deleted.' }]);
			expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/projects/${projectId}` });
		}
		const gone = await run('project', 'get', { projectId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Project does not exist. (Zoho code 1002)');
	});

	it('Get Many: Return All reads every page; Limit stops early', async () => {
		emu.seed('projects', 401);
		expect(ok(await run('project', 'getAll', { returnAll: true }))).toHaveLength(401);
		expect(apiRequests()).toHaveLength(3);
		emu.clearRequests();
		expect(ok(await run('project', 'getAll', { limit: 201 }))).toHaveLength(201);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
		]);
	});

	it('users: assign, invite, list, get, update and remove; Zoho refuses an unknown user', async () => {
		const { projectId } = seedProject();
		emu.state.orgusers.insert({ user_id: '460000000024011', user_name: 'Ann Staff', email: 'ann@zillum.com' });

		const assigned = ok(await run('project', 'assignUser', { projectId: fromList(projectId), user_id: '460000000024011', additionalFields: { rate: 45, budget_hours: 20 } }));
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/${projectId}/users`, body: { user_id: '460000000024011', rate: 45, budget_hours: '20' } });
		expect(assigned).toEqual([expect.objectContaining({ user_id: '460000000024011', user_name: 'Ann Staff', user_role: 'staff', rate: 45 })]);

		const invited = ok(
			await run('project', 'inviteUser', { projectId: byId(projectId), user_name: 'Bob New', email: 'bob@zillum.com', additionalFields: { user_role: 'admin', rate: 60 } }),
		);
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/projects/${projectId}/users/invite`,
			body: { user_name: 'Bob New', email: 'bob@zillum.com', user_role: 'admin', rate: '60' },
		});
		expect(invited).toEqual([expect.objectContaining({ user_name: 'Bob New', email: 'bob@zillum.com', user_role: 'admin', user_id: expect.stringMatching(/^\d+$/) })]);
		const bobId = invited[0].user_id;

		const users = ok(await run('project', 'listUsers', { projectId: byId(projectId), returnAll: true }));
		expect(users.map((u) => u.user_name)).toEqual(['Piper Owner', 'Ann Staff', 'Bob New']);
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/projects/${projectId}/users` });
		expect(ok(await run('project', 'listUsers', { projectId: byId(projectId), limit: 2 }))).toHaveLength(2);

		const [bob] = ok(await run('project', 'getUser', { projectId: byId(projectId), userId: fromList(bobId) }));
		expect(bob).toMatchObject({ user_id: bobId, user_name: 'Bob New', user_role: 'admin', rate: '60' });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/projects/${projectId}/users/${bobId}` });

		const changed = ok(await run('project', 'updateUser', { projectId: byId(projectId), userId: byId(bobId), updateFields: { user_role: 'staff', budget_hours: 5 } }));
		expect(lastRequest()).toMatchObject({ method: 'PUT', path: `${API}/projects/${projectId}/users/${bobId}`, body: { user_role: 'staff', budget_hours: '5' } });
		expect(changed).toEqual([expect.objectContaining({ user_id: bobId, user_role: 'staff' })]);

		expect(ok(await run('project', 'deleteUser', { projectId: byId(projectId), userId: byId(bobId) }))).toEqual([{ success: true, message: 'The staff has been removed' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/projects/${projectId}/users/${bobId}` });
		const gone = await run('project', 'getUser', { projectId: byId(projectId), userId: byId(bobId) });
		expect(gone.error.message).toBe('Zoho Billing error 404: User does not exist in this project. (Zoho code 1002)');

		const unknown = await run('project', 'assignUser', { projectId: byId(projectId), user_id: '460000000099999' });
		expect(unknown.error.message).toBe('Zoho Billing error 400: Invalid value passed for user_id (Zoho code 2)');
	});

	it('comments: post, list, delete; List Invoices pages and sorts', async () => {
		const { projectId } = seedProject();
		const [comment] = ok(await run('project', 'postComment', { projectId: byId(projectId), description: 'Kick-off done' }));
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/${projectId}/comments`, body: { description: 'Kick-off done' } });
		expect(comment).toMatchObject({ comment_id: expect.stringMatching(/^\d+$/), project_id: projectId, description: 'Kick-off done', commented_by: 'Piper Owner' });
		ok(await run('project', 'postComment', { projectId: byId(projectId), description: 'Second' }));

		const comments = ok(await run('project', 'listComments', { projectId: byId(projectId), returnAll: true }));
		expect(comments.map((c) => c.description)).toEqual(['Kick-off done', 'Second']);
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/projects/${projectId}/comments` });

		expect(ok(await run('project', 'deleteComment', { projectId: byId(projectId), commentId: fromList(comment.comment_id) }))).toEqual([
			{ success: true, message: 'The comment has been deleted.' },
		]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/projects/${projectId}/comments/${comment.comment_id}` });
		const again = await run('project', 'deleteComment', { projectId: byId(projectId), commentId: byId(comment.comment_id) });
		expect(again.error.message).toBe('Zoho Billing error 404: Comment does not exist. (Zoho code 1002)');

		for (let i = 0; i < 230; i++) {
			emu.state.projectinvoices.insert({
				invoice_id: String(460000000050000 + i),
				project_id: projectId,
				invoice_number: `INV-${String(i).padStart(5, '0')}`,
				total: 1000 - i,
				date: '2025-01-01',
			});
		}
		emu.clearRequests();
		const invoices = ok(await run('project', 'listInvoices', { projectId: byId(projectId), returnAll: true, options: { sort_column: 'total' } }));
		expect(invoices).toHaveLength(230);
		expect(invoices[0]).toMatchObject({ invoice_number: 'INV-00229', total: 771 });
		expect(apiRequests().map((q) => [q.path, q.query])).toEqual([
			[`${API}/projects/${projectId}/invoices`, { page: '1', per_page: '200', sort_column: 'total' }],
			[`${API}/projects/${projectId}/invoices`, { page: '2', per_page: '200', sort_column: 'total' }],
		]);
		emu.clearRequests();
		expect(ok(await run('project', 'listInvoices', { projectId: byId(projectId), limit: 4 }))).toHaveLength(4);
		expect(apiRequests()).toHaveLength(1);
	});

	it('Zoho refuses to delete a project with expenses (code 20077); bad input, and IDs that could reach another path, stop before any request', async () => {
		const { projectId } = seedProject();
		emu.seed('expenses', [{ account_id: RENT, amount: 5, project_id: projectId }]);
		const refused = await run('project', 'delete', { projectId: byId(projectId) });
		expect(refused.error.message).toBe('Zoho Billing error 400: Expense has been recorded for this project. Hence, it cannot be deleted (Zoho code 20077)');
		emu.clearRequests();

		const cases = [
			['create', core({ customerId: fromList('={{ "" }}') }), /^Customer: a value is required/],
			['create', core({ project_name: 'x'.repeat(101) }), /^Project Name: must be at most 100 characters/],
			['create', core({ additionalFields: { tasks: { task: [{ description: 'no name' }] } } }), /^Tasks \(entry 1\) → Task Name: a value is required/],
			['create', core({ additionalFields: { users: { user: [{ user_id: 'ann' }] } } }), /^Users \(entry 1\) → User ID: "ann" is not a Zoho ID/],
			['inviteUser', { projectId: byId(projectId), user_name: 'Bob', email: 'bob-at-zillum' }, /^Email: "bob-at-zillum" is not an email address/],
			['postComment', { projectId: byId(projectId), description: 'x'.repeat(501) }, /^Comment: must be at most 500 characters/],
			['assignUser', { projectId: byId(projectId), user_id: 'ann' }, /^User ID: "ann" is not a Zoho ID/],
			['updateUser', { projectId: byId(projectId), userId: fromList(' '), updateFields: {} }, /^User: a value is required/],
			['clone', { projectId: byId(projectId), project_name: '={{ "" }}' }, /^Project Name: a value is required/],
		];
		for (const [operation, parameters, message] of cases) {
			const r = await run('project', operation, parameters);
			expect([operation, r.error && r.error.message]).toEqual([operation, expect.stringMatching(message)]);
		}
		expect(apiRequests()).toHaveLength(0);

		for (const id of ['../x', 'a/b', 'a?b', 'a#b', '..%2Fx']) {
			const r = await run('project', 'listUsers', { projectId: fromList(id), returnAll: true });
			expect(r.error.message).toBe(`Project: "${id}" is not an ID: IDs have no /, \\, ?, # or %`);
			expect(r.error.description).toMatch(/Nothing was sent/);
		}
		const notDigits = await run('project', 'getUser', { projectId: byId(projectId), userId: fromList('={{ "ann" }}') });
		expect(notDigits.error.message).toBe('User: "ann" is not a Zoho ID: Zoho IDs are made of digits only');
		expect(apiRequests()).toHaveLength(0);
	});
});

/* ================================================================================================
 * Tasks
 * ============================================================================================== */

describe('Zoho Billing: Task', () => {
	it('round-trips create → get → get many → update → delete under a project', async () => {
		const { projectId } = seedProject();
		const [task] = ok(
			await run('task', 'create', { projectId: fromList(projectId), task_name: 'Painting', additionalFields: { description: 'Walls', rate: 30, budget_hours: 12 } }),
		);
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/projects/${projectId}/tasks`,
			body: { task_name: 'Painting', description: 'Walls', rate: 30, budget_hours: 12 },
		});
		expect(task).toMatchObject({ task_id: expect.stringMatching(/^\d+$/), task_name: 'Painting', project_id: projectId, project_name: 'Website' });

		const [got] = ok(await run('task', 'get', { projectId: byId(projectId), taskId: fromList(task.task_id) }));
		expect(got).toMatchObject({ task_id: task.task_id, rate: 30, status: 'active' });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/projects/${projectId}/tasks/${task.task_id}` });

		const all = ok(await run('task', 'getAll', { projectId: byId(projectId), returnAll: true }));
		expect(all.map((t) => t.task_name)).toEqual(['Design', 'Painting']);

		const [updated] = ok(await run('task', 'update', { projectId: byId(projectId), taskId: byId(task.task_id), task_name: 'Painting 2', updateFields: { rate: 35 } }));
		expect(lastRequest()).toMatchObject({ method: 'PUT', path: `${API}/projects/${projectId}/tasks/${task.task_id}`, body: { task_name: 'Painting 2', rate: 35 } });
		expect(updated).toMatchObject({ task_name: 'Painting 2', rate: 35 });

		expect(ok(await run('task', 'delete', { projectId: byId(projectId), taskId: byId(task.task_id) }))).toEqual([
			{ success: true, message: 'The task has been deleted successfully.' },
		]);
		const gone = await run('task', 'get', { projectId: byId(projectId), taskId: byId(task.task_id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Task does not exist. (Zoho code 1002)');
	});

	it('Get Many pages; bad input stops first; an unknown project is Zoho\'s 404', async () => {
		const { projectId } = seedProject();
		emu.seed('tasks', Array.from({ length: 260 }, (_, i) => ({ task_name: `Task ${i}`, project_id: projectId })));
		emu.clearRequests();
		expect(ok(await run('task', 'getAll', { projectId: byId(projectId), returnAll: true }))).toHaveLength(261);
		expect(apiRequests()).toHaveLength(2);
		emu.clearRequests();
		expect(ok(await run('task', 'getAll', { projectId: byId(projectId), limit: 10 }))).toHaveLength(10);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '10' }]);
		emu.clearRequests();

		let r = await run('task', 'create', { projectId: byId(projectId), task_name: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Task Name: a value is required/);
		r = await run('task', 'create', { projectId: byId(projectId), task_name: 'x', additionalFields: { rate: -1 } });
		expect(r.error.message).toMatch(/^Rate: must be a number of 0 or more/);
		r = await run('task', 'update', { projectId: byId(projectId), taskId: fromList(''), task_name: 'x' });
		expect(r.error.message).toMatch(/Task/);
		expect(apiRequests()).toHaveLength(0);

		r = await run('task', 'create', { projectId: byId('460000000099999'), task_name: 'x' });
		expect(r.error.message).toBe('Zoho Billing error 404: Project does not exist. (Zoho code 1002)');
	});
});

/* ================================================================================================
 * Time entries
 * ============================================================================================== */

describe('Zoho Billing: Time Entry', () => {
	const core = (ids, extra = {}) => ({
		projectId: fromList(ids.projectId),
		taskId: fromList(ids.taskId),
		userId: fromList(ME),
		log_date: '2025-03-03T09:00:00',
		...extra,
	});

	it('Create: POST /projects/timeentries with project, task, user, date and the time spent; outputs the time entry', async () => {
		const ids = seedProject();
		const [entry] = ok(await run('timeEntry', 'create', core(ids, { additionalFields: { log_time: '01:30', is_billable: true, notes: 'Wireframes' } })));
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/timeentries` });
		expect(lastRequest().body).toEqual({
			project_id: ids.projectId,
			task_id: ids.taskId,
			user_id: ME,
			log_date: '2025-03-03',
			log_time: '01:30',
			is_billable: true,
			notes: 'Wireframes',
		});
		expect(entry).toMatchObject({
			time_entry_id: expect.stringMatching(/^\d+$/),
			project_name: 'Website',
			task_name: 'Design',
			user_name: 'Piper Owner',
			log_time: '01:30',
			billed_status: 'unbilled',
		});
		const [ranged] = ok(await run('timeEntry', 'create', core(ids, { additionalFields: { begin_time: '10:00', end_time: '15:15' } })));
		expect(lastRequest().body).toMatchObject({ begin_time: '10:00', end_time: '15:15' });
		expect(ranged.log_time).toBe('05:15');
	});

	it('the time spent is checked before sending: one of Log Time, Begin + End Time or Start Timer, in HH:mm', async () => {
		const ids = seedProject();
		emu.clearRequests();
		const cases = [
			[{}, /^Log Time: enter the time spent \(HH:mm\), or a Begin Time and an End Time, or switch on Start Timer/],
			[{ log_time: '25:00' }, /^Log Time: "25:00" is not a duration/],
			[{ log_time: '1.5' }, /^Log Time: "1.5" is not a duration/],
			[{ begin_time: '10:00' }, /^End Time: a value is required when Begin Time is set/],
			[{ begin_time: '10:00', end_time: '09:00' }, /^End Time: must be after Begin Time \(10:00 → 09:00\)/],
			[{ begin_time: '24:10', end_time: '25:00' }, /^Begin Time: "24:10" is not a time of day/],
			[{ log_time: '01:00', notes: 'x'.repeat(501) }, /^Notes: must be at most 500 characters/],
		];
		for (const [additionalFields, message] of cases) {
			const r = await run('timeEntry', 'create', core(ids, { additionalFields }));
			expect([additionalFields, r.error && r.error.message]).toEqual([additionalFields, expect.stringMatching(message)]);
		}
		let r = await run('timeEntry', 'create', core(ids, { log_date: '2025-13-01', additionalFields: { log_time: '01:00' } }));
		expect(r.error.message).toMatch(/^Log Date: "2025-13-01" is not a date/);
		r = await run('timeEntry', 'create', core(ids, { taskId: fromList('={{ "" }}'), additionalFields: { log_time: '01:00' } }));
		expect(r.error.message).toMatch(/^Task: a value is required/);
		expect(apiRequests()).toHaveLength(0);

		const [entry] = ok(await run('timeEntry', 'create', core(ids, { additionalFields: { start_timer: true } })));
		expect(lastRequest().body).toMatchObject({ start_timer: 'true' });
		expect(entry.timer_started_at).not.toBe('');
	});

	it('Zoho refuses a task of another project with its own words (code 1002)', async () => {
		const ids = seedProject();
		const other = seedProject({ project_name: 'Other' });
		const r = await run('timeEntry', 'create', core({ projectId: ids.projectId, taskId: other.taskId }, { additionalFields: { log_time: '01:00' } }));
		expect(r.error.message).toBe(
			'Zoho Billing error 400: This task does not exist in this project. Hence, this timesheet entry cannot be made (Zoho code 1002)',
		);
	});

	it('round-trips create → get → update → start timer → get timer → (no edit while timed) → stop timer → delete', async () => {
		const ids = seedProject();
		const [entry] = ok(await run('timeEntry', 'create', core(ids, { additionalFields: { log_time: '00:30' } })));
		const id = entry.time_entry_id;
		const [got] = ok(await run('timeEntry', 'get', { timeEntryId: fromList(id) }));
		expect(got).toMatchObject({ time_entry_id: id, log_time: '00:30' });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/projects/timeentries/${id}` });

		const [updated] = ok(await run('timeEntry', 'update', { timeEntryId: byId(id), ...core(ids, { log_date: '2025-03-04', updateFields: { log_time: '02:00', notes: 'More' } }) }));
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `${API}/projects/timeentries/${id}`,
			body: { project_id: ids.projectId, task_id: ids.taskId, user_id: ME, log_date: '2025-03-04', log_time: '02:00', notes: 'More' },
		});
		expect(updated).toMatchObject({ log_date: '2025-03-04', log_time: '02:00', notes: 'More' });

		expect(ok(await run('timeEntry', 'getTimer'))).toEqual([{ running: false }]);
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/projects/timeentries/runningtimer/me` });

		const [started] = ok(await run('timeEntry', 'startTimer', { timeEntryId: byId(id) }));
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/timeentries/${id}/timer/start` });
		expect(started.timer_started_at).not.toBe('');
		const twice = await run('timeEntry', 'startTimer', { timeEntryId: byId(id) });
		expect(twice.error.message).toBe('Zoho Billing error 400: This timesheet entry is already being timed (Zoho code 20050)');

		const [running] = ok(await run('timeEntry', 'getTimer'));
		expect(running).toMatchObject({ time_entry_id: id });
		const locked = await run('timeEntry', 'update', { timeEntryId: byId(id), ...core(ids, { updateFields: { notes: 'x' } }) });
		expect(locked.error.message).toBe('Zoho Billing error 400: This timesheet is being timed. Hence, it cannot be edited (Zoho code 20054)');

		// 45 minutes on the clock
		emu.state.timeentries.get(id).timer_started_at_utc_time = new Date(Date.now() - 45 * 60000).toISOString();
		const [stopped] = ok(await run('timeEntry', 'stopTimer'));
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/projects/timeentries/timer/stop` });
		expect(stopped).toMatchObject({ time_entry_id: id, log_time: '02:45', timer_started_at: '' });
		const none = await run('timeEntry', 'stopTimer');
		expect(none.error.message).toBe('Zoho Billing error 400: There is no timer running. (Zoho code 2)');

		expect(ok(await run('timeEntry', 'delete', { timeEntryId: byId(id) }))).toEqual([{ success: true, message: 'The time entry has been deleted.' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/projects/timeentries/${id}` });
		const gone = await run('timeEntry', 'get', { timeEntryId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Time entry does not exist. (Zoho code 1002)');
	});

	it('Delete Many: DELETE /projects/timeentries?time_entry_ids=a,b; the IDs are checked first', async () => {
		const ids = seedProject();
		const a = ok(await run('timeEntry', 'create', core(ids, { additionalFields: { log_time: '01:00' } })))[0].time_entry_id;
		const b = ok(await run('timeEntry', 'create', core(ids, { additionalFields: { log_time: '02:00' } })))[0].time_entry_id;
		const c = ok(await run('timeEntry', 'create', core(ids, { additionalFields: { log_time: '03:00' } })))[0].time_entry_id;
		emu.clearRequests();
		let r = await run('timeEntry', 'deleteMany', { time_entry_ids: `${a}, abc` });
		expect(r.error.message).toMatch(/^Time Entry IDs: "abc" is not a Zoho ID/);
		expect(apiRequests()).toHaveLength(0);

		r = await run('timeEntry', 'deleteMany', { time_entry_ids: ` ${a}, ${b} ,` });
		expect(ok(r)).toEqual([{ success: true, message: 'The selected timesheet entries have been deleted' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/projects/timeentries`, query: { time_entry_ids: `${a},${b}` } });
		const left = ok(await run('timeEntry', 'getAll', { returnAll: true }));
		expect(left.map((e) => e.time_entry_id)).toEqual([c]);

		r = await run('timeEntry', 'deleteMany', { time_entry_ids: a });
		expect(r.error.message).toBe('Zoho Billing error 404: Time entry does not exist. (Zoho code 1002)');
	});

	it('Get Many: pages, Limit, and filters (From/To Date bring filter_by=Date.CustomDate, which Zoho needs for them)', async () => {
		const ids = seedProject();
		emu.seed(
			'timeentries',
			Array.from({ length: 420 }, (_, i) => ({ project_id: ids.projectId, task_id: ids.taskId, user_id: ME, log_date: i < 10 ? '2025-01-15' : '2025-02-15' })),
		);
		expect(ok(await run('timeEntry', 'getAll', { returnAll: true }))).toHaveLength(420);
		expect(apiRequests()).toHaveLength(3);
		emu.clearRequests();
		expect(ok(await run('timeEntry', 'getAll', { limit: 15 }))).toHaveLength(15);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '15' }]);
		emu.clearRequests();

		const filters = { from_date: '2025-01-01', to_date: '2025-01-31T23:00:00', project_id: ids.projectId, user_id: ME, sort_column: 'log_date' };
		const january = ok(await run('timeEntry', 'getAll', { returnAll: true, filters }));
		expect(january).toHaveLength(10);
		expect(lastRequest().query).toEqual({
			page: '1',
			per_page: '200',
			from_date: '2025-01-01',
			to_date: '2025-01-31',
			project_id: ids.projectId,
			user_id: ME,
			sort_column: 'log_date',
			filter_by: 'Date.CustomDate',
		});
		emu.clearRequests();
		const unbilled = ok(await run('timeEntry', 'getAll', { limit: 5, filters: { filter_by: 'Status.Unbilled' } }));
		expect(unbilled).toHaveLength(5);
		expect(lastRequest().query).toEqual({ page: '1', per_page: '5', filter_by: 'Status.Unbilled' });

		const r = await run('timeEntry', 'getAll', { returnAll: true, filters: { from_date: '2025-02-01', to_date: '2025-01-01' } });
		expect(r.error.message).toMatch(/^To Date: must be after From Date/);
	});
});

/* ================================================================================================
 * Settings and organizations
 * ============================================================================================== */

describe('Zoho Billing: Setting', () => {
	it('Get Taxes reads every page or stops at the limit; outputs one item per tax', async () => {
		emu.seed('settingtaxes', 230);
		const taxes = ok(await run('setting', 'getTaxes', { returnAll: true }));
		expect(taxes).toHaveLength(230);
		expect(taxes[0]).toMatchObject({ tax_id: expect.stringMatching(/^\d+$/), tax_name: 'Tax 0001', tax_percentage: 1, tax_type: 'tax' });
		expect(apiRequests().map((q) => [q.method, q.path, q.query])).toEqual([
			['GET', `${API}/settings/taxes`, { page: '1', per_page: '200' }],
			['GET', `${API}/settings/taxes`, { page: '2', per_page: '200' }],
		]);
		emu.clearRequests();
		expect(ok(await run('setting', 'getTaxes', { limit: 3 }))).toHaveLength(3);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '3' }]);
	});

	it('Get Tax Exemptions and Get Tax Authorities list their records', async () => {
		emu.seed('settingtaxexemptions', [{ tax_exemption_code: 'GST FREE', description: 'Non-Profit Organization' }]);
		emu.seed('settingtaxauthorities', [{ tax_authority_name: 'ATO', description: 'Australian Taxation Office' }, { tax_authority_name: 'NY' }]);
		const exemptions = ok(await run('setting', 'getTaxExemptions', { returnAll: true }));
		expect(exemptions).toEqual([expect.objectContaining({ tax_exemption_code: 'GST FREE', type: 'customer', tax_exemption_id: expect.any(String) })]);
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/settings/taxexemptions` });
		const authorities = ok(await run('setting', 'getTaxAuthorities', { limit: 1 }));
		expect(authorities).toEqual([expect.objectContaining({ tax_authority_name: 'ATO' })]);
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/settings/taxauthorities`, query: { page: '1', per_page: '1' } });
	});

	it('Get Churn Message Preferences outputs the settings object', async () => {
		const [prefs] = ok(await run('setting', 'getChurnMessagePreferences'));
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/settings/preferences/churnmessages`, query: {} });
		expect(prefs).toMatchObject({ is_reason_mandatory: true, churn_messages: expect.arrayContaining([expect.objectContaining({ label: 'Too expensive' })]) });
		emu.addFault({ kind: 'zoho-error-200', body: { code: 57, message: 'You are not authorized to perform this operation' } });
		const r = await run('setting', 'getChurnMessagePreferences');
		expect(r.error.message).toBe('Zoho Billing error: You are not authorized to perform this operation (Zoho code 57)');
	});
});

describe('Zoho Billing: Organization', () => {
	it('Get Many lists the organizations; Get retrieves one; an unknown one is Zoho\'s 404', async () => {
		emu.state.organizations.insert({ organization_id: '20000001', name: 'Second Org', currency_code: 'EUR', is_default_org: false });
		const orgs = ok(await run('organization', 'getAll', { returnAll: true }));
		expect(orgs.map((o) => [o.organization_id, o.name])).toEqual([
			['10234695', 'Zillum Inc'],
			['20000001', 'Second Org'],
		]);
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/organizations` });
		expect(ok(await run('organization', 'getAll', { limit: 1 }))).toHaveLength(1);

		const [org] = ok(await run('organization', 'get', { organizationId: fromList('20000001') }));
		expect(org).toMatchObject({ organization_id: '20000001', name: 'Second Org' });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/organizations/20000001` });
		// listing organizations works whatever organization the credential names
		credentials = zohoCredentials(emu, { organizationId: '555' });
		expect(ok(await run('organization', 'getAll', { returnAll: true }))).toHaveLength(2);
		credentials = zohoCredentials(emu);
		const missing = await run('organization', 'get', { organizationId: byId('999') });
		expect(missing.error.message).toBe('Zoho Billing error 404: Organization does not exist. (Zoho code 1002)');
		assertNoSecrets(missing.error);
	});
});

/* ================================================================================================
 * Record pickers and descriptions
 * ============================================================================================== */

/** n8n-core's real load-options context; `parameters` are the node's as the editor stores them. */
const loadOptionsContext = (parameters = {}) => listSearchContext({ type: 'zohoBilling', credentials, parameters });

describe('Zoho Billing projects, expenses and settings: list searches', () => {
	let methods;
	beforeAll(() => {
		const { ZohoBilling } = require(path.join(PACKAGE_DIR, 'dist/nodes/ZohoBilling/ZohoBilling.node.js'));
		methods = new ZohoBilling().methods.listSearch;
	});

	it('organizations are asked for without the organization header', async () => {
		emu.state.organizations.insert({ organization_id: '20000001', name: 'Second Org', currency_code: 'EUR', is_default_org: false });
		const found = await methods.searchOrganizations.call(await loadOptionsContext());
		expect(found.results).toEqual([
			{ name: 'Zillum Inc · USD (default)', value: '10234695' },
			{ name: 'Second Org · EUR', value: '20000001' },
		]);
		expect(emu.requests[0]).toMatchObject({ method: 'GET', path: `${API}/organizations` });
		expect(emu.requests[0].headers['x-com-zoho-subscriptions-organizationid']).toBeUndefined();
		expect((await methods.searchOrganizations.call(await loadOptionsContext(), 'second')).results.map((r) => r.value)).toEqual(['20000001']);
	});

	it('projects (inactive marked), and the tasks, users and comments of the chosen project', async () => {
		const { projectId, taskId } = seedProject();
		const [inactive] = emu.seed('projects', [{ project_name: 'Old', customer_id: CUSTOMER, billing_type: 'based_on_task_hours', status: 'inactive' }]);
		const projects = await methods.searchProjects.call(await loadOptionsContext());
		expect(projects.results).toEqual([
			{ name: `Website · Customer ${CUSTOMER}`, value: projectId },
			{ name: `Old · Customer ${CUSTOMER} (inactive)`, value: inactive.project_id },
		]);
		expect(emu.requests[0].headers['x-com-zoho-subscriptions-organizationid']).toBe('10234695');
		expect((await methods.searchProjects.call(await loadOptionsContext(), 'old')).results.map((r) => r.value)).toEqual([inactive.project_id]);

		const ctx = await loadOptionsContext({ resource: 'task', operation: 'get', projectId: fromList(projectId) });
		expect((await methods.searchTasks.call(ctx)).results).toEqual([{ name: 'Design', value: taskId }]);
		expect((await methods.searchProjectUsers.call(ctx)).results).toEqual([{ name: 'Piper Owner · owner@zillum.com · admin', value: ME }]);
		ok(await run('project', 'postComment', { projectId: byId(projectId), description: 'Hello there' }));
		const comments = await methods.searchProjectComments.call(ctx);
		expect(comments.results).toEqual([{ name: expect.stringMatching(/^\d{4}-\d{2}-\d{2} · Piper Owner · Hello there$/), value: expect.stringMatching(/^\d+$/) }]);

		emu.clearRequests();
		await expect(methods.searchTasks.call(await loadOptionsContext({ resource: 'task', operation: 'get', projectId: fromList('') }))).rejects.toThrow('Choose the project first');
		// a typed project ID is checked before it goes into the path
		await expect(methods.searchTasks.call(await loadOptionsContext({ resource: 'task', operation: 'get', projectId: byId('../1') }))).rejects.toThrow(
			'Project: "../1" is not an ID: IDs have no /, \\, ?, # or %',
		);
		expect(emu.requests).toHaveLength(0);
	});

	it('expenses, recurring expenses and time entries; pages continue with a token', async () => {
		const ids = seedProject();
		const [expense] = emu.seed('expenses', [{ account_id: RENT, amount: 40, date: '2025-01-02', description: 'January rent' }]);
		const expenses = await methods.searchExpenses.call(await loadOptionsContext());
		expect(expenses.results).toEqual([{ name: '2025-01-02 · Rent · 40 USD · January rent', value: expense.expense_id }]);

		emu.seed('recurringexpenses', 201);
		const page1 = await methods.searchRecurringExpenses.call(await loadOptionsContext());
		expect(page1.results).toHaveLength(200);
		expect(page1.results[0]).toEqual({ name: 'Recurring 0001 · Rent · 500', value: expect.stringMatching(/^\d+$/) });
		expect(page1.paginationToken).toBe('2');
		const page2 = await methods.searchRecurringExpenses.call(await loadOptionsContext(), undefined, page1.paginationToken);
		expect(page2.results).toHaveLength(1);
		expect(page2.paginationToken).toBeUndefined();

		const [entry] = ok(await run('timeEntry', 'create', { projectId: byId(ids.projectId), taskId: byId(ids.taskId), userId: byId(ME), log_date: '2025-03-03', additionalFields: { log_time: '01:30' } }));
		const entries = await methods.searchTimeEntries.call(await loadOptionsContext());
		expect(entries.results).toEqual([{ name: '2025-03-03 · Website / Design · 01:30 · Piper Owner', value: entry.time_entry_id }]);
	});

	it('every record locator of these resources uses an existing list search, and every create and update has the JSON escape hatch', async () => {
		const loader = await loadPackage();
		const description = loader.nodeTypes.zohoBilling.type.description;
		const searches = Object.keys(methods);
		const resources = ['expense', 'recurringExpense', 'project', 'task', 'timeEntry', 'setting', 'organization'];
		const seen = {};
		for (const p of description.properties) {
			if (p.type !== 'resourceLocator' || !resources.includes(p.displayOptions.show.resource[0])) continue;
			const method = p.modes.find((m) => m.name === 'list').typeOptions.searchListMethod;
			expect(searches).toContain(method);
			seen[`${p.displayOptions.show.resource[0]}.${p.name}`] = method;
		}
		expect(seen).toEqual({
			'expense.expenseId': 'searchExpenses',
			'recurringExpense.recurringExpenseId': 'searchRecurringExpenses',
			'project.projectId': 'searchProjects',
			'project.customerId': 'searchCustomers',
			'project.userId': 'searchProjectUsers',
			'project.commentId': 'searchProjectComments',
			'task.projectId': 'searchProjects',
			'task.taskId': 'searchTasks',
			'timeEntry.timeEntryId': 'searchTimeEntries',
			'timeEntry.projectId': 'searchProjects',
			'timeEntry.taskId': 'searchTasks',
			'timeEntry.userId': 'searchProjectUsers',
			'organization.organizationId': 'searchOrganizations',
		});
		for (const resource of ['expense', 'recurringExpense', 'project', 'task', 'timeEntry']) {
			for (const [operation, collection] of [
				['create', 'additionalFields'],
				['update', 'updateFields'],
			]) {
				const prop = description.properties.find(
					(p) => p.name === collection && p.displayOptions.show.resource[0] === resource && p.displayOptions.show.operation.includes(operation),
				);
				expect([resource, operation, prop && prop.options.some((o) => o.name === 'extraFieldsJson')]).toEqual([resource, operation, true]);
			}
		}
		const operations = Object.fromEntries(
			description.properties
				.filter((p) => p.name === 'operation' && resources.includes(p.displayOptions.show.resource[0]))
				.map((p) => [p.displayOptions.show.resource[0], p.options.length]),
		);
		expect(operations).toEqual({ expense: 5, recurringExpense: 9, project: 18, task: 5, timeEntry: 9, setting: 4, organization: 2 });
	});
});

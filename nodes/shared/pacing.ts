import { sleep } from 'n8n-workflow';

/**
 * Pacing: when the provider client may send the next request. The client asks before every
 * request (`acquire`), reports every answer (`settle`) and every 429 (`refused`).
 *
 * Every account (a Zoho organization, a JFramework brand, a Hyperaze key) has one request budget in
 * the n8n process, shared by every node run, record picker and trigger poll that uses it. Requests
 * wait for the budget instead of being refused; a 429 is the fallback, not the plan:
 *
 *  - `window` (Zoho Billing): a known limit of `limit` requests per `windowMs`. A request may be
 *    sent while fewer than `limit` requests are in flight or were answered less than `windowMs`
 *    ago. A request answered at t has reached the provider before t, so whatever way the provider
 *    cuts its windows (fixed or sliding, wherever they start), no window of `windowMs` holds more
 *    than `limit` of our requests; and a bulk run still sends `limit` at once at the start of each
 *    window, the fastest the limit allows.
 *  - `headers` (JFramework): the provider's X-RateLimit-Limit / -Remaining / -Reset, read from every
 *    answer (successful ones too): while a window lasts, no more requests than it has left; from
 *    its reset on, up to the limit. Until an answer tells, one request at a time. A reset
 *    already past (or a zero wait) means one window later, never a tight loop; a server clock that
 *    is off by seconds is corrected with the answer's Date header.
 *  - `adaptive` (Hyperaze, and JFramework when its answers carry no headers): no published limit.
 *    At first a few requests at a time, one more per answer (slow start); the first 429 teaches
 *    the limit (the requests the provider accepted within the window it named in Retry-After),
 *    which is then kept like a known limit; ten minutes after a 429 it tries one request more per
 *    window, to find a raised limit. A known limit the provider refuses is lowered the same way.
 *
 * After any 429 the account pauses for the wait the provider asked for, then sends one request at
 * a time until one succeeds. Items of different runs take turns (round robin), so a record picker
 * or a poll is not stuck behind a bulk run's queue.
 *
 * The state lives in this module: one process, one budget per account. In queue mode every worker
 * is its own process with its own budget (see docs/rate-limits.md).
 */

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: async (ms: number) => await sleep(ms),
};

/** How a provider counts requests. */
export type Budget =
	/** A known limit: at most `limit` requests per `windowMs` */
	| { kind: 'window'; limit: number; windowMs: number }
	/** Learnt from X-RateLimit-* headers; `windowMs` is one window until the headers tell */
	| { kind: 'headers'; windowMs: number }
	/** No published limit: learnt from 429s; `windowMs` is one window until a Retry-After tells */
	| { kind: 'adaptive'; windowMs: number };

export const UNLIMITED: Budget = { kind: 'adaptive', windowMs: 1000 };

export interface PacingScope {
	/** Provider name */
	provider: string;
	/** Whose request budget this is: the provider's account (organization, brand, key) */
	account: string;
	/** The node run a request belongs to (the items of one run take one turn together), if any */
	run?: object;
	/** How the provider counts requests (default: adaptive) */
	budget?: Budget;
}

export interface Ticket {
	scope: PacingScope;
}

export interface Answer {
	/** HTTP status; undefined when no answer came */
	status?: number;
	headers: Record<string, string>;
	/** On a 429: the wait the provider asked for, in ms from now (≤ 0: none or a reset already past) */
	waitMs?: number;
}

export interface Pacer {
	/** Resolves when the request may be sent. */
	acquire(scope: PacingScope): Promise<Ticket>;
	/** Reports how the request ended. */
	settle(ticket: Ticket, answer: Answer): void;
	/** The provider refused a request (429) and asks to wait `waitMs` before the next one (after `settle`, on every 429). */
	refused(scope: PacingScope, waitMs: number): void;
	/** One window of the scope's budget: the wait after a 429 that names none (or a reset already past). */
	windowMs?(scope: PacingScope): number;
	/** The request was not sent after all. */
	release?(ticket: Ticket): void;
	/** The scope's run gives up: its waiting requests get their turn at once (and will not be sent). */
	abandon?(scope: PacingScope): void;
}

/** Requests in flight at first on an account without a known limit, and up to where they double per round trip. */
const SLOW_START = 8;
const SLOW_START_THRESHOLD = 24;
/** How long a limit that was refused is not tried again: ten windows, and at least ten minutes. */
const CEILING_WINDOWS = 10;
const CEILING_MIN_MS = 600_000;
/** How far back answers are remembered to learn a limit from a 429. */
const MEMORY_MS = 120_000;
/** A server clock this far from ours (per the Date header) is corrected for. */
const SKEW_MS = 2000;

/** Times in ascending order, with the oldest removed cheaply. */
class TimeQueue {
	private items: number[] = [];
	private head = 0;

	push(time: number): void {
		this.items.push(time);
	}

	/** Drops the times ≤ `time` at the front. */
	dropUntil(time: number): void {
		while (this.head < this.items.length && this.items[this.head] <= time) this.head++;
		if (this.head > 1024 && this.head * 2 > this.items.length) {
			this.items = this.items.slice(this.head);
			this.head = 0;
		}
	}

	get size(): number {
		return this.items.length - this.head;
	}

	first(): number | undefined {
		return this.head < this.items.length ? this.items[this.head] : undefined;
	}

	/** The times after `time` (the newest ones). */
	after(time: number): number[] {
		let i = this.items.length;
		while (i > this.head && this.items[i - 1] > time) i--;
		return this.items.slice(i);
	}

	clear(): void {
		this.items = [];
		this.head = 0;
	}
}

interface Waiter {
	scope: PacingScope;
	resolve: (ticket: AccountTicket) => void;
}

interface AccountTicket extends Ticket {
	account: Account;
	sentAt: number;
	/** sent while the account was busy (other requests waiting or in flight): a 429 then tells its limit */
	busy: boolean;
	/** answered or released already */
	done?: boolean;
}

/** What the last answers said of the current window (headers budgets). */
interface WindowHeaders {
	limit?: number;
	remaining: number;
	/** local time of the reset */
	resetAt: number;
	/** the reset as the provider wrote it (identifies the window) */
	raw: number;
}

interface Account {
	key: string;
	budget: Budget;
	inFlight: number;
	/** When each answered request stops counting (answered + window), for limit-based pacing */
	counted: TimeQueue;
	/** Answer times of recent requests the provider accepted (not 429), to learn a limit */
	accepted: TimeQueue;
	/** Requests per window; undefined: not known (adaptive before the first 429) */
	limit?: number;
	/** The most the limit may grow to (a known budget) */
	maxLimit: number;
	/** The window (known, or learnt from Retry-After / reset headers) */
	windowMs: number;
	/** A limit refused lately: not tried again before `until` */
	ceiling?: { value: number; until: number };
	lastRaise: number;
	/** a request had to wait for the limit since the last raise */
	pressed: boolean;
	/** slow start: requests in flight before a limit is known */
	cwnd: number;
	pausedUntil: number;
	/** after a 429: one request at a time until one succeeds */
	probing: boolean;
	/** requests sent before this time belong to the last 429 episode (learnt from once) */
	episodeAt: number;
	headers?: WindowHeaders;
	/** the provider's clock minus ours, when it is off by more than SKEW_MS */
	skewMs: number;
	skewSamples: number;
	/** the window was learnt from two consecutive resets */
	resetSeen: boolean;
	/** a headers budget whose answers carry no rate-limit headers: adaptive rules */
	headerless: boolean;
	/** waiting requests, one queue per run, taken in turn */
	lanes: Map<object, Waiter[]>;
	waiting: number;
	wakeAt: number;
}

const WAIT_FOR_ANSWER = -1;
const FREE = 0;

function headerNumber(headers: Record<string, string>, name: string): number | undefined {
	const value = headers[name];
	if (value === undefined || value === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

export class BudgetPacer implements Pacer {
	private readonly accounts = new Map<string, Account>();

	constructor(private readonly clock: Clock = systemClock) {}

	private account(scope: PacingScope): Account {
		const key = `${scope.provider}|${scope.account}`;
		const budget = scope.budget ?? UNLIMITED;
		let account = this.accounts.get(key);
		if (!account) {
			account = {
				key,
				budget,
				inFlight: 0,
				counted: new TimeQueue(),
				accepted: new TimeQueue(),
				limit: budget.kind === 'window' ? budget.limit : undefined,
				maxLimit: budget.kind === 'window' ? budget.limit : Number.POSITIVE_INFINITY,
				windowMs: budget.windowMs,
				lastRaise: 0,
				pressed: false,
				cwnd: SLOW_START,
				pausedUntil: 0,
				probing: false,
				episodeAt: Number.NEGATIVE_INFINITY,
				skewMs: 0,
				skewSamples: 0,
				resetSeen: false,
				headerless: false,
				lanes: new Map(),
				waiting: 0,
				wakeAt: 0,
			};
			this.accounts.set(key, account);
		} else if (account.budget !== budget) {
			this.rebudget(account, budget);
		}
		return account;
	}

	/** A run brings the credential's budget: a changed one (the user set another limit) applies from now. */
	private rebudget(account: Account, budget: Budget): void {
		const before = account.budget;
		account.budget = budget;
		if (budget.kind === 'window') {
			if (before.kind !== 'window' || before.limit !== budget.limit || before.windowMs !== budget.windowMs) {
				account.limit = budget.limit;
				account.maxLimit = budget.limit;
				account.ceiling = undefined;
				if (before.windowMs !== budget.windowMs) {
					account.windowMs = budget.windowMs;
					account.counted.clear();
				}
			}
		} else if (before.kind !== budget.kind) {
			account.limit = undefined;
			account.maxLimit = Number.POSITIVE_INFINITY;
			account.windowMs = budget.windowMs;
			account.counted.clear();
		}
	}

	async acquire(scope: PacingScope): Promise<Ticket> {
		const account = this.account(scope);
		if (account.waiting === 0 && this.blocked(account, this.clock.now()) === FREE) return this.grant(account, scope, account.inFlight >= 2);
		return await new Promise<Ticket>((resolve) => {
			const lane = scope.run ?? {};
			const queue = account.lanes.get(lane);
			if (queue) queue.push({ scope, resolve });
			else account.lanes.set(lane, [{ scope, resolve }]);
			account.waiting++;
			this.pump(account);
		});
	}

	settle(ticket: Ticket, answer: Answer): void {
		const t = ticket as AccountTicket;
		if (t.done) return;
		t.done = true;
		const account = t.account;
		const now = this.clock.now();
		account.inFlight--;
		const byHeaders = account.budget.kind === 'headers' && this.readHeaders(account, answer, now);
		if (account.budget.kind === 'headers' && !byHeaders && answer.status !== undefined && answer.status < 500 && answer.status !== 429) {
			// answers without the headers (once a window they named is over): the limit is learnt from 429s
			if (!account.headers || now >= account.headers.resetAt) {
				account.headers = undefined;
				account.headerless = true;
			}
		}
		if (answer.status === 429) {
			account.probing = true;
			// one lesson per episode, and only from a request sent while the account was busy: a lone 429
			// (another client used the budget) pauses, but says nothing of the limit
			if (!byHeaders && t.busy && t.sentAt >= account.episodeAt) this.learn(account, now, answer.waitMs);
			// `refused` comes next with the wait, and lets the waiting requests go when it is over (should it
			// not come, they go one window later)
			if (account.waiting > 0) this.wake(account, now + account.windowMs, now);
			return;
		}
		// the provider may have counted it even without an answer
		if (account.limit !== undefined) account.counted.push(now + account.windowMs);
		if (answer.status !== undefined) {
			account.accepted.push(now);
			account.accepted.dropUntil(now - MEMORY_MS);
			account.probing = false;
			if (account.limit === undefined) account.cwnd += account.cwnd < SLOW_START_THRESHOLD ? 1 : 1 / account.cwnd;
			else this.maybeRaise(account, now);
		}
		this.pump(account);
	}

	refused(scope: PacingScope, waitMs: number): void {
		const account = this.account(scope);
		account.pausedUntil = Math.max(account.pausedUntil, this.clock.now() + Math.max(0, waitMs));
		account.probing = true;
		this.pump(account);
	}

	release(ticket: Ticket): void {
		const t = ticket as AccountTicket;
		if (t.done) return;
		t.done = true;
		t.account.inFlight--;
		this.pump(t.account);
	}

	abandon(scope: PacingScope): void {
		if (!scope.run) return;
		const account = this.account(scope);
		const queue = account.lanes.get(scope.run);
		if (!queue) return;
		account.lanes.delete(scope.run);
		account.waiting -= queue.length;
		for (const waiter of queue) waiter.resolve(this.grant(account, waiter.scope, false));
	}

	windowMs(scope: PacingScope): number {
		return this.account(scope).windowMs;
	}

	private grant(account: Account, scope: PacingScope, busy: boolean): AccountTicket {
		account.inFlight++;
		return { scope, account, sentAt: this.clock.now(), busy: busy && !account.probing };
	}

	/** FREE, WAIT_FOR_ANSWER, or the time at which to look again. */
	private blocked(account: Account, now: number): number {
		if (now < account.pausedUntil) return account.pausedUntil;
		if (account.probing && account.inFlight > 0) return WAIT_FOR_ANSWER;
		if (account.budget.kind === 'headers' && !account.headerless) {
			const window = account.headers;
			// nothing known yet: one request at a time until an answer tells
			if (!window) return account.inFlight > 0 ? WAIT_FOR_ANSWER : FREE;
			const over = now >= window.resetAt;
			const left = (over ? (window.limit ?? 1) : window.remaining) - account.inFlight;
			if (left > 0) return FREE;
			return over ? WAIT_FOR_ANSWER : window.resetAt;
		}
		if (account.limit === undefined) return account.inFlight < Math.floor(account.cwnd) ? FREE : WAIT_FOR_ANSWER;
		account.counted.dropUntil(now);
		if (account.inFlight + account.counted.size < account.limit) return FREE;
		account.pressed = true;
		return account.counted.first() ?? WAIT_FOR_ANSWER;
	}

	/** Lets waiting requests go while the budget allows, one run after the other; else looks again when it may. */
	private pump(account: Account): void {
		while (account.waiting > 0) {
			const now = this.clock.now();
			const block = this.blocked(account, now);
			if (block === WAIT_FOR_ANSWER) return;
			if (block !== FREE) {
				this.wake(account, block, now);
				return;
			}
			const [lane, queue] = account.lanes.entries().next().value as [object, Waiter[]];
			const waiter = queue.shift() as Waiter;
			account.lanes.delete(lane);
			if (queue.length) account.lanes.set(lane, queue);
			account.waiting--;
			waiter.resolve(this.grant(account, waiter.scope, true));
		}
	}

	private wake(account: Account, at: number, now: number): void {
		if (account.wakeAt > now && account.wakeAt <= at) return;
		account.wakeAt = at;
		void this.clock.sleep(Math.max(0, at - now)).then(
			() => {
				if (account.wakeAt === at) account.wakeAt = 0;
				this.pump(account);
			},
			() => undefined,
		);
	}

	/**
	 * A 429 without rate-limit headers: the provider accepted what it accepted within its window,
	 * and no more. The window is the longest wait it asked for; the limit, what it accepted within
	 * one window before refusing (never more than the limit that was just refused).
	 */
	private learn(account: Account, now: number, askedMs: number | undefined): void {
		account.episodeAt = now;
		if (account.budget.kind !== 'window' && askedMs !== undefined && askedMs > 0) {
			account.windowMs = Math.max(account.limit === undefined ? askedMs : account.windowMs, askedMs, 1000);
		}
		const recent = account.accepted.after(now - account.windowMs);
		const accepted = Math.max(1, recent.length);
		const learnt = account.limit === undefined;
		const limit = learnt ? accepted : Math.max(1, Math.min((account.limit as number) - 1, accepted));
		account.limit = limit;
		account.ceiling = { value: limit + 1, until: now + Math.max(CEILING_MIN_MS, CEILING_WINDOWS * account.windowMs) };
		account.lastRaise = now;
		account.pressed = false;
		if (learnt) {
			// what was accepted within the window counts against the new limit
			account.counted.clear();
			for (const answered of recent) account.counted.push(answered + account.windowMs);
		}
	}

	/** A whole window used up without a 429: one more request per window (never above a known budget, nor a limit refused lately). */
	private maybeRaise(account: Account, now: number): void {
		const limit = account.limit as number;
		if (limit >= account.maxLimit || !account.pressed || now - account.lastRaise < account.windowMs) return;
		const ceiling = account.ceiling;
		let next = Math.min(account.maxLimit, limit + 1);
		if (ceiling && now < ceiling.until) next = Math.min(next, ceiling.value - 1);
		account.lastRaise = now;
		account.pressed = false;
		if (next > limit) account.limit = next;
	}

	/** Reads X-RateLimit-* from an answer; false when it has none. */
	private readHeaders(account: Account, answer: Answer, now: number): boolean {
		const { headers } = answer;
		const raw = headerNumber(headers, 'x-ratelimit-reset');
		const remaining = headerNumber(headers, 'x-ratelimit-remaining');
		const limit = headerNumber(headers, 'x-ratelimit-limit');
		if (raw === undefined && remaining === undefined) return false;
		account.headerless = false;
		this.readSkew(account, headers, now);
		const previous = account.headers;
		let resetAt = raw === undefined || raw <= 0 ? Number.NaN : (raw > 1e12 ? raw : raw * 1000) - account.skewMs;
		// a reset already past, or none: one window from now
		if (!(resetAt > now)) resetAt = now + account.windowMs;
		const left = answer.status === 429 ? 0 : Math.max(0, remaining ?? 0);
		const rawReset = raw ?? Number.NaN;
		if (previous && rawReset === previous.raw) {
			previous.remaining = Math.min(previous.remaining, left);
			if (limit !== undefined) previous.limit = limit;
		} else if (!previous || !(rawReset < previous.raw)) {
			if (previous && rawReset > previous.raw) {
				// consecutive resets tell the window's length
				const step = (rawReset - previous.raw) * (rawReset > 1e12 ? 1 : 1000);
				if (step >= 1000 && (step < account.windowMs || !account.resetSeen)) account.windowMs = step;
				account.resetSeen = true;
			}
			account.headers = { limit: limit ?? previous?.limit, remaining: left, resetAt, raw: rawReset };
		}
		return true;
	}

	/** The provider's clock against ours, from the Date header (whole seconds, so only a gap of seconds counts). */
	private readSkew(account: Account, headers: Record<string, string>, now: number): void {
		const date = headers.date ? Date.parse(headers.date) : Number.NaN;
		if (Number.isNaN(date)) return;
		// Date is rounded down: the latest sample is the closest to the truth
		const sample = date - now;
		const best = account.skewSamples === 0 ? sample : Math.max(account.skewMs, sample);
		account.skewSamples++;
		account.skewMs = Math.abs(best) >= SKEW_MS ? best : 0;
	}
}

export const defaultPacer: Pacer = new BudgetPacer();

import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/**
 * Zoho Billing events (`GET /events`, webhooks): the 24 documented event types and the shape of an
 * event as the nodes output it. Shared by the Event resource, the webhook trigger and the polling
 * trigger.
 */

/** Every `event_type` Zoho documents (events OpenAPI document, "Event Types"), sorted by name. */
export const EVENT_TYPES: INodePropertyOptions[] = [
	{ name: 'Billing Date Changed', value: 'billing_date_changed', description: 'The billing date of a subscription was changed' },
	{ name: 'Card Deleted', value: 'card_deleted', description: 'A customer card was deleted' },
	{ name: 'Card Expired', value: 'card_expired', description: 'A customer card expired' },
	{ name: 'Card Expiring', value: 'card_expiring', description: '15 days before a customer card expires' },
	{ name: 'Credit Note Added', value: 'creditnote_added', description: 'A credit note was added' },
	{ name: 'Invoice Created', value: 'invoice_created', description: 'An invoice was raised' },
	{ name: 'Payment Declined', value: 'payment_declined', description: 'A payment for an invoice failed' },
	{ name: 'Payment Received', value: 'payment_thankyou', description: 'A payment for an invoice was received (payment_thankyou)' },
	{ name: 'Payment Refunded', value: 'payment_refunded', description: 'A payment was refunded' },
	{ name: 'Subscription Activated', value: 'subscription_activation', description: 'A subscription became live' },
	{ name: 'Subscription Ahead', value: 'subscription_ahead', description: '3 days before a subscription renews' },
	{ name: 'Subscription Cancellation Scheduled', value: 'subscription_cancellation_scheduled', description: 'A subscription is set to cancel at the next renewal' },
	{ name: 'Subscription Cancelled', value: 'subscription_cancelled', description: 'A subscription was cancelled' },
	{ name: 'Subscription Created', value: 'subscription_created', description: 'A subscription was created' },
	{ name: 'Subscription Deleted', value: 'subscription_deleted', description: 'A subscription was deleted' },
	{ name: 'Subscription Downgraded', value: 'subscription_downgraded', description: 'A subscription moved to a lower plan' },
	{ name: 'Subscription Expired', value: 'subscription_expired', description: 'A subscription expired' },
	{ name: 'Subscription Expiring', value: 'subscription_expiring', description: '3 days before a subscription expires' },
	{ name: 'Subscription Move to Free Scheduled', value: 'subscription_move_to_free_scheduled', description: 'A subscription is set to move to a free plan at the next renewal' },
	{ name: 'Subscription Reactivated', value: 'subscription_reactivated', description: 'A cancelled subscription was reactivated' },
	{ name: 'Subscription Renewed', value: 'subscription_renewed', description: 'A subscription was renewed' },
	{ name: 'Subscription Unpaid', value: 'subscription_unpaid', description: 'A subscription was marked as unpaid' },
	{ name: 'Subscription Upgraded', value: 'subscription_upgraded', description: 'A subscription moved to a higher plan' },
	{ name: 'Trial Expiring', value: 'trial_expiring', description: '3 days before a subscription trial expires' },
];

export const EVENT_TYPE_VALUES = EVENT_TYPES.map((option) => String(option.value));

/**
 * An event as the nodes output it: `event_id` and `event_type` first, then the rest, with
 * `payload` parsed when Zoho sent it as a JSON string (as it does). When the event itself lacks
 * `event_id` or `event_type` but its payload has them, they are taken from there.
 */
export function presentEvent(event: IDataObject): IDataObject {
	let payload: unknown = event.payload;
	if (typeof payload === 'string') {
		try {
			payload = JSON.parse(payload) as unknown;
		} catch {
			// not JSON: kept as sent
		}
	}
	const inner = payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as IDataObject) : {};
	const eventId = event.event_id ?? inner.event_id;
	const eventType = event.event_type ?? inner.event_type;
	const out: IDataObject = {};
	if (eventId !== undefined) out.event_id = String(eventId);
	if (eventType !== undefined) out.event_type = eventType;
	for (const [key, value] of Object.entries(event)) if (!(key in out)) out[key] = value;
	if (payload !== undefined) out.payload = payload as IDataObject;
	return out;
}

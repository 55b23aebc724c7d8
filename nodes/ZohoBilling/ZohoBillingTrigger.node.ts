import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { EVENT_TYPES, presentEvent } from './shared/events';
import { SIGNATURE_HEADER, verifyZohoSignature } from './shared/webhook';

/** The body as the event: JSON objects as they are; a JSON text parsed; anything else under `body`. */
function eventOf(body: unknown): IDataObject {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as IDataObject;
	if (typeof body === 'string' && body.trim()) {
		try {
			const parsed = JSON.parse(body) as unknown;
			if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as IDataObject;
		} catch {
			// not JSON: returned as text below
		}
	}
	return body === undefined || body === null || body === '' ? {} : { body: body as IDataObject };
}

export class ZohoBillingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Billing Trigger',
		name: 'zohoBillingTrigger',
		icon: { light: 'file:zohoBilling.svg', dark: 'file:zohoBilling.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).length ? ($parameter["events"] || []).join(", ") : "all events" }}',
		description: 'Starts the workflow when Zoho Billing calls its webhook (subscription, invoice, payment and card events)',
		defaults: { name: 'Zoho Billing Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'Zoho Billing webhooks are set up in Zoho, not by n8n: <ol><li>Copy the <b>Production URL</b> shown above (Webhook URLs).</li><li>In Zoho Billing open <b>Settings → Automation → Webhooks</b> and click <b>+ New Webhook</b>.</li><li>Give it a name, choose the events that should call it, paste the URL as the <b>URL to notify</b>, method <b>POST</b>, and keep the default (JSON) payload.</li><li>To secure it, tick <b>I want to secure this webhook</b>, enter a secret token (12–50 letters and digits) and enter the same token in <b>Secret Token</b> below.</li><li>Save it in Zoho and activate this workflow.</li></ol>',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENT_TYPES,
				default: [],
				description:
					'Which event types start the workflow; leave empty for all. Other events are answered with HTTP 200 and ignored, so Zoho does not retry them.',
			},
			{
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					'The secret token of the webhook in Zoho ("I want to secure this webhook"). When set, every call must carry a valid X-Zoho-Webhook-Signature (HMAC-SHA256); a call without one, or with a wrong one, is answered 401 and starts nothing.',
			},
		],
	};

	/**
	 * Zoho offers no API to create or delete webhooks: the user creates the webhook in Zoho's web
	 * app with this node's URL (see the notice). There is nothing to register, check or remove.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const secret = String(this.getNodeParameter('secretToken', '') ?? '');
		if (secret) {
			if (!req.rawBody && typeof req.readRawBody === 'function') await req.readRawBody();
			const header = req.headers[SIGNATURE_HEADER];
			const contentType = (req.contentType ?? String(req.headers['content-type'] ?? '').split(';')[0]).trim().toLowerCase();
			const valid = verifyZohoSignature(secret, Array.isArray(header) ? header[0] : header, {
				url: req.originalUrl ?? req.url ?? '',
				contentType,
				rawBody: req.rawBody ?? '',
			});
			if (!valid) {
				const res = this.getResponseObject();
				res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' });
				res.end(
					JSON.stringify({
						message: header ? 'Invalid X-Zoho-Webhook-Signature' : 'Missing X-Zoho-Webhook-Signature',
					}),
				);
				return { noWebhookResponse: true };
			}
		}

		const event = presentEvent(eventOf(req.body));
		const wanted = this.getNodeParameter('events', []) as string[];
		if (wanted.length > 0 && !wanted.includes(String(event.event_type ?? ''))) {
			// answered 200 so that Zoho does not retry, and no execution is started
			return { webhookResponse: { received: true, ignored: `event type ${String(event.event_type ?? '(none)')} is not selected` } };
		}
		return { workflowData: [this.helpers.returnJsonArray([event])] };
	}
}

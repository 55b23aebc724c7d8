import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { EVENT_TYPES, presentEvent } from './shared/events';
import { acceptedAt, rememberAccepted, SIGNATURE_HEADER, verifyZohoSignature } from './shared/webhook';

/** The credential that holds the webhook's secret token (credentials/ZohoBillingWebhookApi). */
const WEBHOOK_CREDENTIAL = 'zohoBillingWebhookApi';

/** The form Zoho requires of a secret token ("I want to secure this webhook"). */
const SECRET_TOKEN_FORM = /^[A-Za-z0-9]{12,50}$/;

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

/**
 * The secret token to check calls with: the Zoho Billing Webhook credential's when one is chosen;
 * else, on version 1 only, the Secret Token field those nodes kept in the workflow. Empty: no check.
 */
async function secretOf(context: IWebhookFunctions): Promise<string> {
	const node = context.getNode();
	if (node.credentials?.[WEBHOOK_CREDENTIAL]) {
		const credentials = await context.getCredentials(WEBHOOK_CREDENTIAL);
		const token = String(credentials.secretToken ?? '');
		if (!token) {
			throw new NodeOperationError(node, 'The Zoho Billing Webhook credential has no secret token', {
				description: 'Enter the secret token of the webhook in Zoho into the credential, or remove the credential from the trigger. The call was refused: nothing was started.',
			});
		}
		return token;
	}
	if (node.typeVersion < 2) return String(context.getNodeParameter('secretToken', '') ?? '');
	return '';
}

const setupSteps = (secretStep: string) =>
	`Zoho Billing webhooks are set up in Zoho, not by n8n: <ol><li>Copy the <b>Production URL</b> shown above (Webhook URLs).</li><li>In Zoho Billing open <b>Settings → Automation → Webhooks</b> and click <b>+ New Webhook</b>.</li><li>Give it a name, choose the events that should call it, paste the URL as the <b>URL to notify</b>, method <b>POST</b>, and keep the default (JSON) payload.</li><li>${secretStep}</li><li>Save it in Zoho and activate this workflow.</li></ol>`;

const properties: INodeProperties[] = [
	{
		displayName: setupSteps(
			'To secure it, tick <b>I want to secure this webhook</b>, enter a secret token (12–50 letters and digits), and put the same token in a <b>Zoho Billing Webhook</b> credential chosen above.',
		),
		name: 'setupNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
	},
	{
		displayName: setupSteps(
			'To secure it, tick <b>I want to secure this webhook</b>, enter a secret token (12–50 letters and digits), and put the same token in a <b>Zoho Billing Webhook</b> credential chosen above (or, kept for older workflows, in <b>Secret Token</b> below).',
		),
		name: 'setupNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { '@version': [1] } },
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
		displayOptions: { show: { '@version': [1] } },
		description:
			'Kept for workflows made before the Zoho Billing Webhook credential; it is stored in the workflow. Prefer the credential: choose one above and clear this field (a chosen credential wins). When set, every call must carry a valid X-Zoho-Webhook-Signature (HMAC-SHA256); a call without one, or with a wrong one, is answered 401 and starts nothing.',
	},
];

export class ZohoBillingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Billing Trigger',
		name: 'zohoBillingTrigger',
		icon: { light: 'file:zohoBilling.svg', dark: 'file:zohoBilling.dark.svg' },
		group: ['trigger'],
		// 2: the secret token lives in a credential only; 1 keeps its Secret Token field
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{ ($parameter["events"] || []).length ? ($parameter["events"] || []).join(", ") : "all events" }}',
		description: 'Starts the workflow when Zoho Billing calls its webhook (subscription, invoice, payment and card events)',
		defaults: { name: 'Zoho Billing Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				// optional: without it, calls are not checked (as with an empty secret before)
				name: 'zohoBillingWebhookApi',
				required: false,
				testedBy: 'zohoBillingWebhookSecretTest',
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// Zoho needs only a 2xx; without this n8n 2.40 answers the text "firstEntryJson"
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties,
	};

	methods = {
		credentialTest: {
			/**
			 * Zoho has no API to check a secret token against: this checks what can be checked here,
			 * the form Zoho requires, and says so. A signed call of the webhook checks the rest.
			 */
			async zohoBillingWebhookSecretTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				const token = String(credential.data?.secretToken ?? '');
				if (!SECRET_TOKEN_FORM.test(token)) {
					return {
						status: 'Error',
						message: `Zoho takes a secret token of 12 to 50 letters and digits; this one has ${token.length} characters${/[^A-Za-z0-9]/.test(token) ? ', not all letters and digits' : ''}. Enter the token exactly as in the webhook in Zoho.`,
					};
				}
				return {
					status: 'OK',
					message: 'The token has the form Zoho requires. Nothing was sent: Zoho has no API to check it. Calls of the webhook signed with another token are answered 401.',
				};
			},
		},
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
		const secret = await secretOf(this);
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

		// an event delivered again (Zoho's retry, or a captured call sent again) starts nothing
		if (event.event_id !== undefined && event.event_id !== null && event.event_id !== '') {
			const eventId = String(event.event_id);
			const staticData = this.getWorkflowStaticData('node');
			const now = Date.now();
			const before = acceptedAt(staticData, eventId, now);
			if (before !== undefined) {
				return {
					webhookResponse: { received: true, ignored: `event ${eventId} was already received at ${new Date(before).toISOString()}` },
				};
			}
			rememberAccepted(staticData, eventId, now);
		}
		return { workflowData: [this.helpers.returnJsonArray([event])] };
	}
}

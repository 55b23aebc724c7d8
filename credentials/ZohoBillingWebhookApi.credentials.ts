import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The secret token of a Zoho Billing webhook, for the Zoho Billing Trigger's signature check. It is
 * a credential (stored encrypted, never in the workflow or its export) rather than a node field.
 * Zoho has no API to check a token against, so the credential test checks its form (see the
 * trigger's `zohoBillingWebhookSecretTest`); a signed call of the webhook checks the rest.
 */
export class ZohoBillingWebhookApi implements ICredentialType {
	name = 'zohoBillingWebhookApi';

	displayName = 'Zoho Billing Webhook API';

	icon: Icon = {
		light: 'file:../nodes/ZohoBilling/zohoBilling.svg',
		dark: 'file:../nodes/ZohoBilling/zohoBilling.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-subscription-billing/n8n-nodes-subscription-billing/blob/main/docs/triggers.md#zoho-billing-webhook-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Secret Token',
			name: 'secretToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The secret token of the webhook in Zoho Billing (Settings → Automation → Webhooks, "I want to secure this webhook": 12–50 letters and digits). The Zoho Billing Trigger then starts a workflow only for calls with a valid X-Zoho-Webhook-Signature.',
		},
		{
			displayName:
				'A limit of Zoho\'s signature: Zoho signs the parameters of the webhook URL (and the fields of a form payload) as keys and values written one after the other, with nothing between them, then the JSON payload. So the signature does not protect where one ends and the next begins: "amount=10&subscription_id=123" and "amount=10subscription_id123" have the same signature. Keep the webhook URL in Zoho without parameters, use Zoho\'s default JSON payload, and do not let a workflow trust URL parameters.',
			name: 'signatureNotice',
			type: 'notice',
			default: '',
		},
	];
}

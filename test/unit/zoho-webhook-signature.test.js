'use strict';
/**
 * The Zoho Billing webhook signature (HMAC-SHA256 with node:crypto over the string Zoho signs):
 * how that string is built, which encodings of the signature header are read, and that any
 * change of parameters, body or secret fails the check.
 */
const crypto = require('crypto');
const { stringToSign, zohoSignature, verifyZohoSignature, decodeSignature } = require('../../dist/nodes/ZohoBilling/shared/webhook');

describe('decodeSignature', () => {
	const digest = crypto.createHmac('sha256', 'k').update('m').digest();

	it('reads hex in either case and base64 (standard or URL-safe, padding optional)', () => {
		for (const text of [
			digest.toString('hex'),
			digest.toString('hex').toUpperCase(),
			digest.toString('base64'),
			digest.toString('base64').replace(/=+$/, ''),
			digest.toString('base64url'),
			` ${digest.toString('hex')} `,
		]) {
			expect(Buffer.from(decodeSignature(text)).equals(digest)).toBe(true);
		}
	});

	it('refuses anything that is not a 32-byte digest', () => {
		for (const text of ['', 'abc', digest.toString('hex').slice(1), `${digest.toString('hex')}00`, 'zz'.repeat(32), 'not base64!!', Buffer.alloc(31).toString('base64')]) {
			expect(decodeSignature(text)).toBeUndefined();
		}
	});
});

describe('Zoho webhook signature', () => {
	const secret = 'zohoSecret2024abc';
	const body = '{"created_date":"2019-03-06","event_id":"5675"}';

	it('signs the sorted query parameters as key+value, then the raw body (the example of Zoho\'s help page)', () => {
		const { parameters, body: signedBody } = stringToSign({
			url: '/webhook/abc/webhook?subscription_id=90343&name=basic',
			contentType: 'application/json',
			rawBody: body,
		});
		expect(parameters + Buffer.from(signedBody).toString('utf8')).toBe('namebasicsubscription_id90343{"created_date":"2019-03-06","event_id":"5675"}');
	});

	it('decodes parameters, keeps repeated keys in order, and signs a form body as parameters (without the raw body)', () => {
		const { parameters, body: signedBody } = stringToSign({
			url: '/hook?b=2&a=x%20y&b=1',
			contentType: 'application/x-www-form-urlencoded',
			rawBody: 'event_id=5675&created_date=2019-03-06&a=z+w',
		});
		expect(parameters).toBe('ax yaz wb2b1created_date2019-03-06event_id5675');
		expect(signedBody.length).toBe(0);
	});

	it('is HMAC-SHA256 of that string with the secret, and verifies in hex (both cases) and base64', () => {
		const request = { url: '/hook?name=basic', contentType: 'application/json', rawBody: Buffer.from(body) };
		const expected = crypto.createHmac('sha256', secret).update(`namebasic${body}`).digest();
		expect(Buffer.from(zohoSignature(secret, request)).equals(expected)).toBe(true);
		for (const header of [expected.toString('hex'), expected.toString('hex').toUpperCase(), expected.toString('base64'), `sha256=${expected.toString('hex')}`]) {
			expect(verifyZohoSignature(secret, header, request)).toBe(true);
		}
		expect(verifyZohoSignature(secret, undefined, request)).toBe(false);
		expect(verifyZohoSignature(secret, '', request)).toBe(false);
		expect(verifyZohoSignature('another-secret-123', expected.toString('hex'), request)).toBe(false);
		expect(verifyZohoSignature(secret, expected.toString('hex'), { ...request, url: '/hook?name=pro' })).toBe(false);
		expect(verifyZohoSignature(secret, expected.toString('hex'), { ...request, rawBody: body.replace('5675', '5676') })).toBe(false);
	});
});

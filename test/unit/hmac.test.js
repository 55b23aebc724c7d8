'use strict';
/**
 * The plain-TypeScript SHA-256 / HMAC-SHA256 shipped in nodes/shared/hmac.ts (the package may not
 * import Node's crypto), checked against Node's crypto on many random inputs, plus the Zoho
 * webhook signature built on it.
 */
const crypto = require('crypto');
const { Sha256, sha256, hmacSha256, toHex, toBase64, decodeDigest, constantTimeEqual } = require('../../dist/nodes/shared/hmac');
const { stringToSign, zohoSignature, verifyZohoSignature } = require('../../dist/nodes/ZohoBilling/shared/webhook');

const nodeSha = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const nodeHmac = (key, buf) => crypto.createHmac('sha256', key).update(buf).digest('hex');

/** Deterministic pseudo-random bytes, so a failure can be reproduced. */
function rng(seed) {
	let x = seed >>> 0 || 1;
	return () => {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		return (x >>> 0) / 0x100000000;
	};
}
const bytes = (rand, n) => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));

describe('sha256 (plain TypeScript)', () => {
	it('matches published test vectors', () => {
		expect(toHex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(toHex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(toHex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
		);
		expect(toHex(sha256('a'.repeat(1_000_000)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
	});

	it('matches Node\'s crypto for every length 0–300 and around block boundaries', () => {
		const rand = rng(1);
		for (let n = 0; n <= 300; n++) {
			const data = bytes(rand, n);
			expect([n, toHex(sha256(data))]).toEqual([n, nodeSha(data)]);
		}
		for (const n of [447, 448, 511, 512, 513, 4095, 4096, 4097, 65_536, 100_003]) {
			const data = bytes(rand, n);
			expect([n, toHex(sha256(data))]).toEqual([n, nodeSha(data)]);
		}
	});

	it('gives the same digest however the input is split into update() calls', () => {
		const rand = rng(2);
		for (let round = 0; round < 300; round++) {
			const data = bytes(rand, Math.floor(rand() * 700));
			const hash = new Sha256();
			for (let offset = 0; offset < data.length; ) {
				const size = Math.floor(rand() * 130);
				hash.update(data.subarray(offset, offset + size));
				offset += size;
			}
			expect(toHex(hash.digest())).toBe(nodeSha(data));
		}
	});

	it('hashes text as UTF-8', () => {
		const text = 'Zoho → ünïcödé ✓ 🚀';
		expect(toHex(sha256(text))).toBe(nodeSha(Buffer.from(text, 'utf8')));
	});
});

describe('hmacSha256 (plain TypeScript)', () => {
	it('matches RFC 4231 test cases 1, 2 and 6 (a key longer than a block)', () => {
		expect(toHex(hmacSha256(Buffer.alloc(20, 0x0b), 'Hi There'))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
		expect(toHex(hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
		expect(toHex(hmacSha256(Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'))).toBe(
			'60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
		);
	});

	it('matches Node\'s crypto on 2,000 random keys (0–200 bytes) and messages (0–2,000 bytes)', () => {
		const rand = rng(3);
		for (let round = 0; round < 2000; round++) {
			const key = bytes(rand, Math.floor(rand() * 201));
			const message = bytes(rand, Math.floor(rand() * 2001));
			expect(toHex(hmacSha256(key, message))).toBe(nodeHmac(key, message));
		}
	});

	it('treats several message parts as their concatenation, and text keys as UTF-8', () => {
		const rand = rng(4);
		for (let round = 0; round < 200; round++) {
			const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => bytes(rand, Math.floor(rand() * 150)));
			const key = `sëcret-${round}`;
			expect(toHex(hmacSha256(key, ...parts))).toBe(nodeHmac(Buffer.from(key, 'utf8'), Buffer.concat(parts)));
		}
	});

	it('encodes digests as hex and base64 like Node does', () => {
		const digest = hmacSha256('k', 'm');
		expect(toHex(digest)).toBe(crypto.createHmac('sha256', 'k').update('m').digest('hex'));
		expect(toBase64(digest)).toBe(crypto.createHmac('sha256', 'k').update('m').digest('base64'));
	});
});

describe('decodeDigest and constantTimeEqual', () => {
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
			expect(Buffer.from(decodeDigest(text)).equals(digest)).toBe(true);
		}
	});

	it('refuses anything that is not a 32-byte digest', () => {
		for (const text of ['', 'abc', digest.toString('hex').slice(1), `${digest.toString('hex')}00`, 'zz'.repeat(32), 'not base64!!', Buffer.alloc(31).toString('base64')]) {
			expect(decodeDigest(text)).toBeUndefined();
		}
	});

	it('compares equal arrays as equal and any difference (or length) as different', () => {
		const a = Uint8Array.from(digest);
		expect(constantTimeEqual(a, Uint8Array.from(digest))).toBe(true);
		for (let i = 0; i < a.length; i++) {
			const b = Uint8Array.from(digest);
			b[i] ^= 1;
			expect(constantTimeEqual(a, b)).toBe(false);
		}
		expect(constantTimeEqual(a, a.subarray(1))).toBe(false);
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

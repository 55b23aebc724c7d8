/**
 * SHA-256 and HMAC-SHA256 in plain TypeScript (FIPS 180-4, RFC 2104), for checking webhook
 * signatures. Shipped code may import nothing but n8n-workflow, so Node's `crypto` is not used;
 * the tests compare this implementation with Node's crypto on many random inputs.
 */

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Uint32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const BLOCK_BYTES = 64;

/** 32-bit rotate right. */
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** An incremental SHA-256: `update()` with any number of byte chunks, then `digest()` once. */
export class Sha256 {
	private readonly state = Uint32Array.from(INITIAL_STATE);
	private readonly block = new Uint8Array(BLOCK_BYTES);
	private readonly words = new Uint32Array(64);
	private blockLength = 0; // bytes waiting in `block`
	private totalLength = 0; // bytes hashed so far (exact up to 2^53)

	update(data: Uint8Array): this {
		let offset = 0;
		this.totalLength += data.length;
		// top up a partly filled block first
		if (this.blockLength > 0) {
			const take = Math.min(BLOCK_BYTES - this.blockLength, data.length);
			this.block.set(data.subarray(0, take), this.blockLength);
			this.blockLength += take;
			offset = take;
			if (this.blockLength < BLOCK_BYTES) return this;
			this.compress(this.block, 0);
			this.blockLength = 0;
		}
		// whole blocks straight from the input
		for (; offset + BLOCK_BYTES <= data.length; offset += BLOCK_BYTES) this.compress(data, offset);
		// keep the rest for later
		this.block.set(data.subarray(offset), 0);
		this.blockLength = data.length - offset;
		return this;
	}

	digest(): Uint8Array {
		// padding: a 1 bit, zeros, then the message length in bits as a 64-bit big-endian number
		const bitsHigh = Math.floor(this.totalLength / 0x20000000); // totalLength * 8 / 2^32
		const bitsLow = (this.totalLength * 8) >>> 0; // totalLength * 8 mod 2^32
		const padLength = this.blockLength < 56 ? 64 - this.blockLength : 128 - this.blockLength;
		const padding = new Uint8Array(padLength);
		padding[0] = 0x80;
		writeUint32(padding, padLength - 8, bitsHigh);
		writeUint32(padding, padLength - 4, bitsLow);
		const total = this.totalLength;
		this.update(padding);
		this.totalLength = total;
		const out = new Uint8Array(32);
		for (let i = 0; i < 8; i++) writeUint32(out, i * 4, this.state[i]);
		return out;
	}

	/** One round of the compression function over the 64 bytes at `offset`. */
	private compress(bytes: Uint8Array, offset: number): void {
		const w = this.words;
		for (let t = 0; t < 16; t++) {
			const i = offset + t * 4;
			w[t] = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
		}
		for (let t = 16; t < 64; t++) {
			const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
			const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
			w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
		}
		let [a, b, c, d, e, f, g, h] = this.state;
		for (let t = 0; t < 64; t++) {
			const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
			const ch = (e & f) ^ (~e & g);
			const temp1 = (h + S1 + ch + K[t] + w[t]) >>> 0;
			const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
			const maj = (a & b) ^ (a & c) ^ (b & c);
			const temp2 = (S0 + maj) >>> 0;
			h = g;
			g = f;
			f = e;
			e = (d + temp1) >>> 0;
			d = c;
			c = b;
			b = a;
			a = (temp1 + temp2) >>> 0;
		}
		const s = this.state;
		s[0] += a;
		s[1] += b;
		s[2] += c;
		s[3] += d;
		s[4] += e;
		s[5] += f;
		s[6] += g;
		s[7] += h; // Uint32Array keeps each sum modulo 2^32
	}
}

function writeUint32(target: Uint8Array, offset: number, value: number): void {
	target[offset] = value >>> 24;
	target[offset + 1] = (value >>> 16) & 0xff;
	target[offset + 2] = (value >>> 8) & 0xff;
	target[offset + 3] = value & 0xff;
}

/** Text as UTF-8 bytes; byte arrays pass through. */
export function toBytes(data: string | Uint8Array): Uint8Array {
	return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** SHA-256 of the concatenation of `parts`. */
export function sha256(...parts: Array<string | Uint8Array>): Uint8Array {
	const hash = new Sha256();
	for (const part of parts) hash.update(toBytes(part));
	return hash.digest();
}

/**
 * HMAC-SHA256 (RFC 2104) of the concatenation of `message` parts: a key longer than a block is
 * hashed first, then H((key ⊕ opad) ‖ H((key ⊕ ipad) ‖ message)).
 */
export function hmacSha256(key: string | Uint8Array, ...message: Array<string | Uint8Array>): Uint8Array {
	let keyBytes = toBytes(key);
	if (keyBytes.length > BLOCK_BYTES) keyBytes = sha256(keyBytes);
	const inner = new Uint8Array(BLOCK_BYTES);
	const outer = new Uint8Array(BLOCK_BYTES);
	for (let i = 0; i < BLOCK_BYTES; i++) {
		const k = keyBytes[i] ?? 0;
		inner[i] = k ^ 0x36;
		outer[i] = k ^ 0x5c;
	}
	const innerHash = new Sha256().update(inner);
	for (const part of message) innerHash.update(toBytes(part));
	return new Sha256().update(outer).update(innerHash.digest()).digest();
}

export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/**
 * Reads a digest as sent in a signature header: hex (either case) or base64 (standard or URL-safe,
 * padding optional). Undefined for anything else.
 */
export function decodeDigest(text: string, expectedBytes = 32): Uint8Array | undefined {
	const value = text.trim();
	if (value.length === expectedBytes * 2 && /^[0-9a-fA-F]+$/.test(value)) return Buffer.from(value, 'hex');
	if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
		const decoded = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
		if (decoded.length === expectedBytes) return decoded;
	}
	return undefined;
}

/** Compares two byte arrays in time that depends only on their length (not on where they differ). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
	return difference === 0;
}

'use strict';
/**
 * A reader for the YAML that OpenAPI documents are written in (block mappings and sequences,
 * quoted and plain scalars, `{}` and `[]`), with no dependency. It reads the block style Zoho
 * writes its OpenAPI documents in; what it does not know (anchors, block scalars, multi-line flow
 * collections) it refuses with the line number, so a document it cannot read is never read wrong.
 *
 *   const { parseYaml } = require('./yaml-lite');
 *   const doc = parseYaml(fs.readFileSync(file, 'utf8'));
 */

class YamlError extends Error {
	constructor(message, line) {
		super(`line ${line}: ${message}`);
		this.name = 'YamlError';
	}
}

/** Lines that carry content: `{ indent, text, number }` (blank lines and comments dropped). */
function contentLines(text) {
	const lines = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		if (/^\s*(#.*)?$/.test(raw)) return;
		if (/^\s*\t/.test(raw)) throw new YamlError('tab in indentation', i + 1);
		const indent = raw.length - raw.trimStart().length;
		lines.push({ indent, text: raw.trimEnd().slice(indent), number: i + 1 });
	});
	return lines;
}

const PLAIN_NUMBER = /^[-+]?(\d+|\d*\.\d+|\d+\.\d*)([eE][-+]?\d+)?$/;

/** A scalar as YAML 1.2's core schema reads it. */
function scalar(text, line) {
	const t = text.trim();
	if (t.startsWith("'")) {
		if (!/^'([^']|'')*'$/.test(t)) throw new YamlError(`unterminated single-quoted string: ${t.slice(0, 40)}`, line);
		return t.slice(1, -1).replace(/''/g, "'");
	}
	if (t.startsWith('"')) {
		if (!/^"([^"\\]|\\.)*"$/.test(t)) throw new YamlError(`unterminated double-quoted string: ${t.slice(0, 40)}`, line);
		return JSON.parse(t.replace(/\\\//g, '/'));
	}
	if (t === '{}') return {};
	if (t === '[]') return [];
	if (/^[[{]/.test(t)) throw new YamlError(`flow collections are not read: ${t.slice(0, 40)}`, line);
	if (/^[|>][-+]?$/.test(t)) throw new YamlError('block scalars are not read', line);
	if (/^[&*!]/.test(t)) throw new YamlError(`anchors, aliases and tags are not read: ${t.slice(0, 40)}`, line);
	if (t === '' || t === '~' || t === 'null' || t === 'Null' || t === 'NULL') return null;
	if (/^(true|True|TRUE)$/.test(t)) return true;
	if (/^(false|False|FALSE)$/.test(t)) return false;
	if (/^0x[0-9a-fA-F]+$/.test(t)) return parseInt(t, 16);
	if (/^0o[0-7]+$/.test(t)) return parseInt(t.slice(2), 8);
	if (PLAIN_NUMBER.test(t)) return Number(t);
	if (/^[-+]?\.(inf|Inf|INF)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
	if (/^\.(nan|NaN|NAN)$/.test(t)) return NaN;
	return t;
}

/** Splits `key: value` (the key plain or quoted); undefined when the text is not a mapping entry. */
function splitEntry(text) {
	let key;
	let rest;
	if (text.startsWith("'") || text.startsWith('"')) {
		const quote = text[0];
		const pattern = quote === "'" ? /^'((?:[^']|'')*)'/ : /^"((?:[^"\\]|\\.)*)"/;
		const m = pattern.exec(text);
		if (!m) return undefined;
		key = quote === "'" ? m[1].replace(/''/g, "'") : JSON.parse(`"${m[1]}"`);
		rest = text.slice(m[0].length);
		if (!/^:(\s|$)/.test(rest)) return undefined;
		rest = rest.slice(1);
	} else {
		const m = /^([^\s'"#][^:]*?):(?=\s|$)/.exec(text);
		if (!m) return undefined;
		key = m[1].trim();
		rest = text.slice(m[0].length);
	}
	return { key, value: rest.trim() };
}

function parseYaml(text) {
	const lines = contentLines(text);
	let pos = 0;

	function block(indent) {
		const first = lines[pos];
		if (first.text === '-' || first.text.startsWith('- ')) return sequence(indent);
		return mapping(indent);
	}

	function sequence(indent) {
		const out = [];
		while (pos < lines.length && lines[pos].indent === indent && (lines[pos].text === '-' || lines[pos].text.startsWith('- '))) {
			const line = lines[pos];
			const rest = line.text.slice(1).trim();
			pos++;
			if (rest === '') {
				if (pos < lines.length && lines[pos].indent > indent) out.push(block(lines[pos].indent));
				else out.push(null);
			} else if (splitEntry(rest)) {
				// "- key: value": a mapping whose first entry sits on the dash's line
				const inner = indent + line.text.length - line.text.slice(1).trimStart().length;
				lines[--pos] = { indent: inner, text: rest, number: line.number };
				out.push(mapping(inner));
			} else {
				out.push(scalar(rest, line.number));
			}
		}
		if (pos < lines.length && lines[pos].indent > indent) throw new YamlError('unexpected indentation', lines[pos].number);
		return out;
	}

	function mapping(indent) {
		const out = {};
		while (pos < lines.length && lines[pos].indent === indent) {
			const line = lines[pos];
			if (line.text === '-' || line.text.startsWith('- ')) break;
			const entry = splitEntry(line.text);
			if (!entry) throw new YamlError(`expected "key: value": ${line.text.slice(0, 60)}`, line.number);
			if (Object.prototype.hasOwnProperty.call(out, entry.key)) throw new YamlError(`duplicate key "${entry.key}"`, line.number);
			pos++;
			if (entry.value !== '') {
				out[entry.key] = scalar(entry.value, line.number);
				continue;
			}
			const next = lines[pos];
			if (next && next.indent > indent) out[entry.key] = block(next.indent);
			else if (next && next.indent === indent && (next.text === '-' || next.text.startsWith('- '))) out[entry.key] = sequence(indent);
			else out[entry.key] = null;
		}
		if (pos < lines.length && lines[pos].indent > indent) throw new YamlError('unexpected indentation', lines[pos].number);
		return out;
	}

	if (!lines.length) return null;
	const doc = block(lines[0].indent);
	if (pos < lines.length) throw new YamlError('content after the document', lines[pos].number);
	return doc;
}

module.exports = { parseYaml, YamlError };

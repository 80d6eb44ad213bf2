// XML in and out for the SOAP endpoint, through fast-xml-parser. Requests become plain SoapValues
// (namespace prefixes dropped, every leaf a string, xsi:nil a null); answers are built from plain values.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

export const SOAP_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const PARTNER_NS = 'urn:partner.soap.sforce.com';

/** A request element as the handlers see it: text, nil, repeated elements, or child elements by local name. */
export type SoapValue = string | null | SoapValue[] | SoapElement;
export interface SoapElement {
  readonly [name: string]: SoapValue;
}

/** A value an answer is built from; arrays become repeated elements, null becomes xsi:nil. */
export type WireValue = string | number | boolean | null | WireValue[] | { readonly [name: string]: WireValue };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

/** The parsed document, or the parser's complaint when the text is not well-formed XML. */
export function readXml(text: string): { ok: true; root: SoapElement } | { ok: false; message: string } {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) return { ok: false, message: `${verdict.err.msg} (line ${verdict.err.line}, column ${verdict.err.col})` };
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (err) {
    // The parser refuses names that could pollute prototypes (`<constructor>`, `<__proto__>`).
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  const root = toSoapValue(parsed);
  return isElement(root) ? { ok: true, root } : { ok: false, message: 'Content is not allowed in prolog.' };
}

function toSoapValue(node: unknown): SoapValue {
  if (node === null || node === undefined) return null;
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(toSoapValue);
  if (typeof node !== 'object') return null;
  const entries = Object.entries(node as Record<string, unknown>);
  if (entries.some(([key, value]) => key === '@_nil' && value === 'true')) return null;
  const children = entries.filter(([key]) => !key.startsWith('@_'));
  if (children.length === 0) return '';
  if (children.length === 1 && children[0]![0] === '#text') return toSoapValue(children[0]![1]);
  const element: Record<string, SoapValue> = {};
  for (const [key, value] of children) if (key !== '#text') element[key] = toSoapValue(value);
  return element;
}

export function isElement(value: SoapValue | undefined): value is SoapElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A child that may repeat, always as a list (one element parses as a single value). */
export function listOf(value: SoapValue | undefined): SoapValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A child's text; undefined when absent, nil, or not text. */
export function textOf(value: SoapValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** xsd:boolean: "true"/"1" and "false"/"0"; absent → the fallback. */
export function booleanOf(value: SoapValue | undefined, fallback: boolean): boolean {
  const text = textOf(value);
  if (text === undefined || text === '') return fallback;
  return text === 'true' || text === '1';
}

/** The built document with its XML declaration. */
export function buildXml(document: Record<string, unknown>): string {
  return '<?xml version="1.0" encoding="UTF-8"?>' + String(builder.build(document));
}

/** A plain value in the builder's shape: nil attributes, booleans and numbers as text. */
export function toXmlNode(value: WireValue): unknown {
  if (value === null) return { '@_xsi:nil': 'true' };
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toXmlNode);
  const node: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) node[key] = toXmlNode(child);
  return node;
}

/**
 * The XML of an object docx prepared (`{ "w:b": { _attr: { "w:val": false } } }`), written as docx's own writer
 * writes it without indenting, quirks included, in one pass. docx's writer first turns the whole document into a
 * second tree of objects and arrays, then joins that into strings: for a big report, a tenth of the export and a
 * good share of its garbage. The tests compare whole documents written both ways.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: docx drops the control characters XML 1.0 forbids
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED = new RegExp(NEEDS_ESCAPE.source, 'g');

/** A text or attribute value: `&"'<>` escaped and control characters dropped; other values as `String` gives them. */
function escaped(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : value;
}

function attributesOf(attributes: Readonly<Record<string, unknown>>): string {
  let written = '';
  for (const key in attributes) {
    if (Object.hasOwn(attributes, key)) written += ` ${key}="${escaped(attributes[key])}"`;
  }
  return written;
}

interface Prepared {
  _attr?: Record<string, unknown>;
  _cdata?: string;
}

export function xmlOf(prepared: object): string {
  const name = Object.keys(prepared)[0];
  const values: unknown = name === undefined ? undefined : (prepared as Record<string, unknown>)[name];
  let attributes = '';
  let content = '';
  // docx's writer closes an element without content (`<w:b/>`): one whose value is an object, not a list, with
  // no CDATA. A list, even an empty one, gets an end tag.
  let empty = false;
  if (typeof values !== 'object') {
    content = values === undefined ? '' : escaped(values);
  } else if (values === null) {
    empty = true;
  } else {
    const { _attr: attr, _cdata: cdata } = values as Prepared;
    if (attr) attributes += attributesOf(attr);
    if (cdata) content = `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
    if (Array.isArray(values)) {
      // In docx's writer a text replaces whatever came just before it in the list, so the last child written is
      // held back until the next one comes.
      let last = '';
      for (const value of values) {
        if (typeof value !== 'object') {
          last = value === undefined ? '' : escaped(value);
        } else if (Object.keys(value)[0] === '_attr') {
          attributes += attributesOf((value as Prepared)._attr ?? {});
        } else {
          content += last;
          last = xmlOf(value);
        }
      }
      content += last;
    } else if (!cdata) {
      empty = true;
    }
  }
  if (!name) return empty ? '/>' : content;
  return empty ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}</${name}>`;
}

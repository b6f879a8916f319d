import { SaxesParser } from 'saxes';

/** A lone surrogate half: saxes lets a lone high half through, so it is looked for on its own. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** One element as the parser saw it: its local name and the text directly inside it, entities decoded. */
export interface ParsedElement {
  name: string;
  text: string;
}

/**
 * Parses `xml` with saxes, a strict XML 1.0 parser with namespaces, and throws on the first thing that makes it
 * malformed: a character XML cannot hold, a broken tag, an unknown entity. Returns every element in document
 * order with its text.
 */
export function parseStrictXml(xml: string): ParsedElement[] {
  const lone = LONE_SURROGATE.exec(xml);
  if (lone) throw new Error(`Lone surrogate at ${lone.index}`);
  const parser = new SaxesParser({ xmlns: true });
  const elements: ParsedElement[] = [];
  const open: ParsedElement[] = [];
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.local ?? tag.name, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return elements;
}

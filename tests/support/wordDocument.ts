import mammoth from 'mammoth';

/** What a reader of a Word document sees, as mammoth reads it: headings, paragraphs, tables, image alt texts. */
export interface ReadDocument {
  html: string;
  /** All text, tags removed, whitespace collapsed. */
  text: string;
  headings: { level: number; text: string }[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
  imageAlts: string[];
}

function decode(html: string): string {
  return html
    .replace(/<br \/>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Opens the bytes with mammoth; throws if mammoth cannot read them (what a broken document does). */
export async function readWord(bytes: Uint8Array): Promise<ReadDocument> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const headings = [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: decode(m[2] ?? ''),
  }));
  const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => decode(c[1] ?? '')),
    ),
  );
  const imageAlts = [...html.matchAll(/<img alt="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
  return { html, text: decode(html).replace(/\s+/g, ' '), headings, tables, imageAlts };
}

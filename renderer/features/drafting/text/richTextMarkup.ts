import type { RichText, TextBlock, TextRun } from '../../../../core/schema/richText';

/**
 * A small markup for plan text, typed in a plain textarea and stored as RichText blocks (never HTML):
 * a blank line starts a new paragraph, a line starting with «- » is a bullet, **bold**, *italic* and
 * ***both***. A backslash keeps a * or a leading «- » as it is.
 */

interface Style {
  bold: boolean;
  italic: boolean;
}

const BULLET = /^\s*[-•]\s+/;

function run(text: string, style: Style): TextRun {
  return { text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) };
}

/** Index of the next single `*` (not part of `**`) from `from`, skipping escaped ones; -1 when none. */
function closingSingleStar(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (text[i] !== '*') continue;
    if (text[i + 1] === '*') {
      i += 1;
      continue;
    }
    return i;
  }
  return -1;
}

function closingMarker(text: string, marker: string, from: number): number {
  for (let i = from; i <= text.length - marker.length; i += 1) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

function parseRuns(text: string, style: Style): TextRun[] {
  const out: TextRun[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(run(buffer, style));
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length && '*-\\'.includes(text[i + 1] as string)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '*') {
      const marker = text.startsWith('***', i) ? '***' : text.startsWith('**', i) ? '**' : '*';
      const start = i + marker.length;
      const close = marker === '*' ? closingSingleStar(text, start) : closingMarker(text, marker, start);
      if (close > start) {
        flush();
        const inner: Style = {
          bold: style.bold || marker !== '*',
          italic: style.italic || marker !== '**',
        };
        out.push(...parseRuns(text.slice(start, close), inner));
        i = close + marker.length;
        continue;
      }
    }
    buffer += char;
    i += 1;
  }
  flush();
  return out;
}

/** Joins neighbouring runs of the same style and drops empty ones. */
export function normaliseRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out.at(-1);
    if (last && Boolean(last.bold) === Boolean(r.bold) && Boolean(last.italic) === Boolean(r.italic)) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else {
      out.push(run(r.text, { bold: Boolean(r.bold), italic: Boolean(r.italic) }));
    }
  }
  return out;
}

export function parseInline(text: string): TextRun[] {
  return normaliseRuns(parseRuns(text, { bold: false, italic: false }));
}

/** Markup → RichText. Lines of a paragraph are joined with a space, as in the printed plan. */
export function markupToRichText(markup: string): RichText {
  const blocks: TextBlock[] = [];
  const chunks = markup.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    let paragraph: string[] = [];
    let bullets: string[] = [];
    const endParagraph = () => {
      const text = paragraph.join(' ').trim();
      if (text) blocks.push({ type: 'paragraph', runs: parseInline(text) });
      paragraph = [];
    };
    const endBullets = () => {
      const items = bullets.map((b) => parseInline(b.trim())).filter((runs) => runs.length > 0);
      if (items.length) blocks.push({ type: 'bullets', items });
      bullets = [];
    };
    for (const line of chunk.split('\n')) {
      if (BULLET.test(line)) {
        endParagraph();
        bullets.push(line.replace(BULLET, ''));
      } else if (bullets.length > 0 && /^\s+\S/.test(line)) {
        // An indented line continues the bullet above it.
        bullets[bullets.length - 1] += ` ${line.trim()}`;
      } else if (line.trim()) {
        endBullets();
        paragraph.push(line.trim());
      }
    }
    endParagraph();
    endBullets();
  }
  return blocks;
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\*/g, '\\*');
}

export function runsToMarkup(runs: readonly TextRun[]): string {
  return normaliseRuns(runs)
    .map((r) => {
      const text = escapeText(r.text);
      // Markers must touch the words: «** fet**» would not read back as bold.
      const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
      const [, lead = '', core = '', trail = ''] = match ?? [];
      if (!core) return text;
      const marker = r.bold && r.italic ? '***' : r.bold ? '**' : r.italic ? '*' : '';
      return `${lead}${marker}${core}${marker}${trail}`;
    })
    .join('');
}

function lineStart(markup: string): string {
  return BULLET.test(markup) ? `\\${markup.trimStart()}` : markup;
}

/** RichText → markup, the inverse of `markupToRichText` for text it produced. */
export function richTextToMarkup(blocks: RichText): string {
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? lineStart(runsToMarkup(block.runs))
        : block.items.map((item) => `- ${runsToMarkup(item)}`).join('\n'),
    )
    .join('\n\n');
}

import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../../core/schema/richText';
import { RichText as RichTextSchema } from '../../../../core/schema/richText';
import { markupToRichText, richTextToMarkup } from './richTextMarkup';

describe('plan text markup', () => {
  it('reads paragraphs, bullet lists, bold and italic', () => {
    const markup = [
      'Planen gjelder for **fire år**, fra 2026.',
      'Den bygger på *krisesenterloven*.',
      '',
      'Vi skal:',
      '- styrke **samarbeidet**',
      '- gi ***alle*** ansatte opplæring',
      '',
      '',
      'Siste avsnitt.',
    ].join('\n');
    const blocks = markupToRichText(markup);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Planen gjelder for ' },
          { text: 'fire år', bold: true },
          { text: ', fra 2026. Den bygger på ' },
          { text: 'krisesenterloven', italic: true },
          { text: '.' },
        ],
      },
      { type: 'paragraph', runs: [{ text: 'Vi skal:' }] },
      {
        type: 'bullets',
        items: [
          [{ text: 'styrke ' }, { text: 'samarbeidet', bold: true }],
          [{ text: 'gi ' }, { text: 'alle', bold: true, italic: true }, { text: ' ansatte opplæring' }],
        ],
      },
      { type: 'paragraph', runs: [{ text: 'Siste avsnitt.' }] },
    ]);
    expect(RichTextSchema.safeParse(blocks).success).toBe(true);
  });

  it('keeps stray asterisks and escaped markers as text, and stores no HTML', () => {
    expect(markupToRichText('5 * 3 er 15, og <b>dette</b> er tekst')).toEqual([
      { type: 'paragraph', runs: [{ text: '5 * 3 er 15, og <b>dette</b> er tekst' }] },
    ]);
    expect(markupToRichText('\\- ikke punkt og \\*ikke kursiv\\*')).toEqual([
      { type: 'paragraph', runs: [{ text: '- ikke punkt og *ikke kursiv*' }] },
    ]);
  });

  it('joins an indented line to the bullet above and reads CRLF line ends', () => {
    expect(markupToRichText('- første punkt\r\n  fortsetter\r\n- andre')).toEqual([
      { type: 'bullets', items: [[{ text: 'første punkt fortsetter' }], [{ text: 'andre' }]] },
    ]);
  });

  it('gives empty text for empty markup', () => {
    expect(markupToRichText('  \n\n ')).toEqual([]);
    expect(richTextToMarkup([])).toBe('');
  });

  it('writes markup that reads back to the same blocks, also for awkward text', () => {
    const blocks: RichText = [
      {
        type: 'paragraph',
        runs: [
          { text: '- starter med strek, har * stjerne og \\ skråstrek ' },
          { text: 'fet ', bold: true },
          { text: 'kursiv', italic: true },
        ],
      },
      { type: 'bullets', items: [[{ text: 'én', bold: true, italic: true }], [{ text: 'to' }]] },
    ];
    const markup = richTextToMarkup(blocks);
    expect(markup).toBe(
      '\\- starter med strek, har \\* stjerne og \\\\ skråstrek **fet** *kursiv*\n\n- ***én***\n- to',
    );
    expect(markupToRichText(markup)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: '- starter med strek, har * stjerne og \\ skråstrek ' },
          { text: 'fet', bold: true },
          { text: ' ' },
          { text: 'kursiv', italic: true },
        ],
      },
      blocks[1],
    ]);
  });
});

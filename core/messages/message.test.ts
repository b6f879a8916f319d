import { describe, expect, it } from 'vitest';
import { formatMessage, Message, message } from './message';

const catalogues = {
  nb: { greet: 'Hei, {{who}}!', measure: 'Tiltak {{number}} «{{title}}»', late: '{{measure}} er forsinket.' },
  nn: { greet: 'Hei, {{who}}!', measure: 'Tiltak {{number}} «{{title}}»', late: '{{measure}} er forseinka.' },
  en: { greet: 'Hello, {{who}}!', measure: 'Measure {{number}} “{{title}}”' },
} as const;

describe('messages by id', () => {
  it('render in the language asked for, falling back to Bokmål and then to the key', () => {
    expect(formatMessage(message('greet', { who: 'Bodø' }), 'en', catalogues)).toBe('Hello, Bodø!');
    const late = message('late', { measure: message('measure', { number: '1.2', title: 'Kurs' }) });
    expect(formatMessage(late, 'nn', catalogues)).toBe('Tiltak 1.2 «Kurs» er forseinka.');
    // English has no text for «late»: Bokmål's is used, with the English name inside.
    expect(formatMessage(late, 'en', catalogues)).toBe('Measure 1.2 “Kurs” er forsinket.');
    expect(formatMessage(message('unknown.key'), 'nb', catalogues)).toBe('unknown.key');
    expect(formatMessage(message('greet'), 'nb', catalogues)).toBe('Hei, {{who}}!');
  });

  it('cross the wire as plain data', () => {
    const late = message('late', { measure: message('measure', { number: '1.2', title: 'Kurs' }), days: 3 });
    expect(Message.parse(JSON.parse(JSON.stringify(late)))).toEqual(late);
    expect(Message.safeParse({ key: '', params: {} }).success).toBe(false);
  });

  it('nest as deep as they are rendered, and no deeper', () => {
    const nested = (levels: number): Message =>
      levels === 0 ? message('greet', { who: 'Bodø' }) : message('late', { measure: nested(levels - 1) });
    // A message and four more inside it are rendered whole; the schema takes them.
    expect(Message.safeParse(nested(4)).success).toBe(true);
    expect(formatMessage(nested(4), 'nb', catalogues)).toBe(`${'Hei, Bodø!'}${' er forsinket.'.repeat(4)}`);
    // A fifth level would be rendered empty: refused at the boundary instead.
    expect(Message.safeParse(nested(5)).success).toBe(false);
    expect(formatMessage(nested(5), 'nb', catalogues)).toBe(' er forsinket.'.repeat(5));
  });
});

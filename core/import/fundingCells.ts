import { FUNDING_LABELS, GRANT_SCHEME_LABELS } from '../labels/domainLabels';
import { inLanguages } from '../messages/inLanguages';
import { type Message, message } from '../messages/message';
import type { Language } from '../schema/common';
import type { FundingKind, GrantScheme } from '../schema/measure';
import { parseDateCell } from './cellValues';
import { foldName } from './normalise';

type Parsed<T> = { ok: true; value: T } | { ok: false; text: Message };

/** Short forms people write in a spreadsheet, beside the full labels in every language. */
const FUNDING_WORDS: Record<FundingKind, readonly string[]> = {
  'within-budget': ['Innenfor budsjett', 'Innanfor budsjett', 'Budsjett', 'Ordinært budsjett', 'Drift'],
  earmarked: ['Øremerket', 'Øyremerkt', 'Øremerkede midler', 'Nye midler', 'Nye midlar'],
  grant: ['Tilskudd', 'Tilskot', 'Prosjektmidler'],
  'not-settled': ['Ikke avklart', 'Ikkje avklart', 'Uavklart'],
};

const FUNDING_BY_NAME = new Map<string, FundingKind>(
  (Object.keys(FUNDING_LABELS) as FundingKind[]).flatMap((kind) =>
    [...Object.values(FUNDING_LABELS[kind]), ...FUNDING_WORDS[kind]].map(
      (name) => [foldName(name), kind] as const,
    ),
  ),
);

/** `Innenfor budsjett | Øremerket | Tilskudd | Ikke avklart` (any case, Bokmål, Nynorsk or English). */
export function parseFundingCell(text: string): Parsed<FundingKind> {
  const kind = FUNDING_BY_NAME.get(foldName(text));
  if (kind) return { ok: true, value: kind };
  const list = (language: Language) =>
    (['within-budget', 'earmarked', 'grant', 'not-settled'] as const)
      .map((k) => FUNDING_LABELS[k][language])
      .join(', ');
  return {
    ok: false,
    text: message('import.funding-unknown', {
      value: text.trim(),
      kinds: inLanguages({ nb: list('nb'), nn: list('nn'), en: list('en') }),
    }),
  };
}

const SCHEME_WORDS: Record<Exclude<GrantScheme, 'other'>, readonly string[]> = {
  tryggest: ['TryggEst'],
  bti: ['BTI', 'Bedre tverrfaglig innsats', 'Betre tverrfagleg innsats'],
  bufdir: ['Bufdir'],
  helsedirektoratet: ['Helsedirektoratet', 'Hdir'],
};

const SCHEME_BY_NAME = new Map<string, GrantScheme>(
  (Object.keys(SCHEME_WORDS) as Exclude<GrantScheme, 'other'>[]).flatMap((scheme) =>
    [...Object.values(GRANT_SCHEME_LABELS[scheme]), ...SCHEME_WORDS[scheme]].map(
      (name) => [foldName(name), scheme] as const,
    ),
  ),
);

/** A known scheme by name; any other name is kept as the name of an «other» scheme. */
export function parseGrantSchemeCell(text: string): { scheme: GrantScheme; schemeName: string } {
  const scheme = SCHEME_BY_NAME.get(foldName(text));
  return scheme ? { scheme, schemeName: '' } : { scheme: 'other', schemeName: text.trim() };
}

export interface FundingCells {
  funding: string;
  scheme: string;
  grantEnd: string;
}

export interface ImportedFunding {
  funding?: FundingKind;
  grantScheme?: GrantScheme;
  grantSchemeName?: string;
  grantEnd?: string;
}

/**
 * The funding columns of one row. A scheme or an end date makes the measure grant-funded when `Finansiering`
 * is empty; with another kind named they contradict it and the row is refused.
 */
export function parseFundingCells(
  cells: FundingCells,
  columns: { grantEnd: string },
): {
  value: ImportedFunding;
  problems: Message[];
} {
  const problems: Message[] = [];
  const value: ImportedFunding = {};
  if (cells.funding !== '') {
    const kind = parseFundingCell(cells.funding);
    if (kind.ok) value.funding = kind.value;
    else problems.push(kind.text);
  }
  const grantGiven = cells.scheme !== '' || cells.grantEnd !== '';
  if (grantGiven && value.funding === undefined && cells.funding === '') value.funding = 'grant';
  if (grantGiven && value.funding !== undefined && value.funding !== 'grant') {
    problems.push(message('import.grant-without-grant-funding', { funding: cells.funding }));
  }
  if (cells.scheme !== '') {
    const { scheme, schemeName } = parseGrantSchemeCell(cells.scheme);
    value.grantScheme = scheme;
    if (schemeName) value.grantSchemeName = schemeName;
  }
  if (cells.grantEnd !== '') {
    const date = parseDateCell(cells.grantEnd, columns.grantEnd);
    if (date.ok) value.grantEnd = date.value;
    else problems.push(date.text);
  }
  return { value, problems };
}

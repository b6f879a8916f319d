import type { QualityFinding } from '../../../core/quality/finding';
import type { CliLanguage } from '../planLanguage';

type Part = 'lifecycle' | 'anchoring' | 'kostra' | 'focusAreas' | 'measures' | 'coverage' | 'text' | 'other';

interface CheckTexts {
  parts: Record<Part, string>;
  severity: Record<QualityFinding['severity'], string>;
  clean: (title: string, score: number) => string;
  summary: (title: string, counts: Record<QualityFinding['severity'], number>, score: number) => string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What `check` says around the findings, in the plan's language. */
export const CHECK_TEXTS: Record<CliLanguage, CheckTexts> = {
  nb: {
    parts: {
      lifecycle: 'Planens livsløp',
      anchoring: 'Oppstart og forankring',
      kostra: 'KOSTRA',
      focusAreas: 'Satsingsområder og mål',
      measures: 'Tiltak',
      coverage: 'Målgrupper og voldsformer',
      text: 'Plantekst',
      other: 'Annet',
    },
    severity: { error: 'feil', warning: 'advarsel', info: 'merknad' },
    clean: (title, score) =>
      `Ingen funn: «${title}» har alt kvalitetssjekken ser etter (kvalitet ${score}/100).`,
    summary: (title, { error, warning, info }, score) =>
      `Kvalitetssjekk av «${title}»: ${count(error, 'feil', 'feil')}, ${count(warning, 'advarsel', 'advarsler')}, ${count(info, 'merknad', 'merknader')} (kvalitet ${score}/100)`,
  },
  nn: {
    parts: {
      lifecycle: 'Livsløpet til planen',
      anchoring: 'Oppstart og forankring',
      kostra: 'KOSTRA',
      focusAreas: 'Satsingsområde og mål',
      measures: 'Tiltak',
      coverage: 'Målgrupper og valdsformer',
      text: 'Plantekst',
      other: 'Anna',
    },
    severity: { error: 'feil', warning: 'åtvaring', info: 'merknad' },
    clean: (title, score) =>
      `Ingen funn: «${title}» har alt kvalitetssjekken ser etter (kvalitet ${score}/100).`,
    summary: (title, { error, warning, info }, score) =>
      `Kvalitetssjekk av «${title}»: ${count(error, 'feil', 'feil')}, ${count(warning, 'åtvaring', 'åtvaringar')}, ${count(info, 'merknad', 'merknader')} (kvalitet ${score}/100)`,
  },
};

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCatalogues, backendCatalogueParts, renderMessage } from '../../contract/messages/catalogues';
import { coreCatalogueParts } from '../../core/messages/catalogues';
import type { Message } from '../../core/messages/message';
import { createPlan } from '../../core/plan/create';
import { addFocusArea } from '../../core/plan/focusAreas';
import { checkPlanQuality } from '../../core/quality/checkPlan';
import { completePlan } from '../../core/quality/completePlan';
import type { Plan } from '../../core/schema/plan';
import { statusChecks } from '../../core/status/checks';
import { qualityVocabulary } from '../../electron/api/handlers/qualityVocabulary';
import { nationalStylePlan, OPEN_PERIOD } from '../support/nationalStylePlan';
import { REALISTIC_LAST_PERIOD, realisticPlan } from '../support/realisticPlan';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const parts = [...coreCatalogueParts, ...backendCatalogueParts];
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** Holds words of its own, not only placeholders and punctuation. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{\s*\w+\s*\}\}/g, ''));
/** `text.in-languages` shows `{{nb}}`, `{{nn}}` or `{{en}}`: its placeholders differ on purpose. */
const PER_LANGUAGE = 'text.in-languages';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Keys named in code: the quoted keys in `message(…)` (up to its parameters) and `finding.<id>` of `findingOf`. */
function keysInCode(): { keys: Set<string>; findingIds: Set<string> } {
  const keys = new Set<string>();
  const findingIds = new Set<string>();
  for (const folder of ['core', 'contract', 'electron']) {
    for (const file of sourceFiles(path.join(repoRoot, folder))) {
      const source = readFileSync(file, 'utf8');
      for (const call of source.matchAll(/(?<![\w.])message\(([^{)]*)/g)) {
        for (const literal of (call[1] ?? '').matchAll(/'([^']+)'/g)) keys.add(literal[1] as string);
      }
      for (const call of source.matchAll(/(?<![\w.])findingOf\(\s*'([^']+)'/g))
        findingIds.add(call[1] as string);
    }
  }
  return { keys, findingIds };
}

/** Every message inside `text`, itself included. */
function messagesIn(text: Message): Message[] {
  const nested = Object.values(text.params ?? {}).filter((p): p is Message => typeof p === 'object');
  return [text, ...nested.flatMap(messagesIn)];
}

/** Renders `text` in Nynorsk and English, failing on a key without a text or a placeholder left unfilled. */
function expectTranslated(text: Message): void {
  for (const inner of messagesIn(text)) {
    for (const language of ['nb', 'nn', 'en'] as const) {
      expect(allCatalogues[language][inner.key], `${inner.key} (${language})`).toBeDefined();
    }
  }
  for (const language of ['nn', 'en'] as const) {
    const rendered = renderMessage(text, language);
    expect(rendered, text.key).not.toMatch(/\{\{|\b(finding|status-finding|status-action|name|text)\.[a-z]/);
  }
  if (hasWords(allCatalogues.nb[text.key] ?? '')) {
    expect(renderMessage(text, 'en'), text.key).not.toBe(renderMessage(text, 'nb'));
  }
}

/** A plan that sets off the rules' less common variants: untitled things, a gap in the assessment, KOSTRA at odds. */
function plainlyUnfinishedPlan(): Plan {
  const plan = addFocusArea(completePlan(), { title: ' ' }).plan;
  return {
    ...plan,
    kostra: { ...plan.kostra, coordinatorNamed: false },
    measures: plan.measures.map((m) => ({
      ...m,
      targetGroups: [],
      violenceForms: [],
      title: m.title.slice(3),
    })),
    assessment: [{ itemId: 'target-group-older-people', answer: 'no', note: 'Ring 41234567, f.nr. 1234' }],
    sections: [...plan.sections, { id: 'untitled', title: '', body: [] }],
  };
}

describe('message catalogues', () => {
  it('have the same keys and placeholders in nb, nn and en, each key in one part only, English translated', () => {
    const owner = new Map<string, number>();
    parts.forEach((part, index) => {
      const keys = Object.keys(part.nb).sort();
      expect(Object.keys(part.nn).sort()).toEqual(keys);
      expect(Object.keys(part.en).sort()).toEqual(keys);
      for (const key of keys) {
        expect(owner.get(key), `${key} is in two catalogues`).toBeUndefined();
        owner.set(key, index);
        const nb = part.nb[key] as string;
        for (const language of ['nn', 'en'] as const) {
          const text = part[language][key] as string;
          expect(text.trim(), `${key} (${language})`).not.toBe('');
          if (key !== PER_LANGUAGE)
            expect(placeholders(text), `${key} (${language})`).toEqual(placeholders(nb));
        }
        if (hasWords(nb)) expect(part.en[key], `${key} has no English text`).not.toBe(nb);
      }
    });
    expect(owner.size).toBeGreaterThan(120);
  });

  it('hold every key the code names', () => {
    const { keys, findingIds } = keysInCode();
    expect(keys.size).toBeGreaterThan(80);
    const known = new Set(Object.keys(allCatalogues.nb));
    expect([...keys].filter((key) => !known.has(key))).toEqual([]);
    expect(findingIds.size).toBeGreaterThan(25);
    const missing = [...findingIds].filter(
      (id) => !known.has(`finding.${id}`) && ![...known].some((key) => key.startsWith(`finding.${id}.`)),
    );
    expect(missing).toEqual([]);
  });

  it('render every finding of the test plans in Nynorsk and English', () => {
    const plans = [
      createPlan({ title: 'Ny plan', municipality: 'Vik', fromYear: 2026, toYear: 2029 }, new Date()),
      completePlan(),
      plainlyUnfinishedPlan(),
      nationalStylePlan(),
      realisticPlan(),
    ];
    const seen = new Set<string>();
    for (const plan of plans) {
      for (const finding of checkPlanQuality(plan, qualityVocabulary)) {
        expectTranslated(finding.text);
        seen.add(finding.text.key);
      }
    }
    // The plans between them set off most rules, variants included.
    expect(seen.size).toBeGreaterThan(15);
    for (const key of [
      'finding.section.empty.untitled',
      'finding.focus-area.goals-without-measures.no-goals',
      'finding.coverage.target-group-missing.gap',
      'finding.kostra.coordinator-contradiction',
      'finding.measure.title-without-verb',
      'finding.privacy.phone',
      'finding.privacy.case-reference',
    ]) {
      expect(seen, key).toContain(key);
    }
  });

  it('render every status finding of the test plans in Nynorsk and English', () => {
    const checks = [
      statusChecks(nationalStylePlan(), OPEN_PERIOD, '2027-09-15'),
      statusChecks(realisticPlan(), REALISTIC_LAST_PERIOD, '2027-01-20'),
    ].flat();
    expect(new Set(checks.map((f) => f.kind)).size).toBeGreaterThan(2);
    for (const finding of checks) {
      expectTranslated(finding.text);
      expectTranslated(finding.actionText);
    }
  });
});

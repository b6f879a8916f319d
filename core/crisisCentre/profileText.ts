import { formatCoreMessage } from '../messages/catalogues';
import { longDate } from '../messages/dates';
import { type MessageParams, message } from '../messages/message';
import { planMunicipalities } from '../municipalities/municipalities';
import { addSection, updateSection } from '../plan/sections';
import type { Language } from '../schema/common';
import type { Plan } from '../schema/plan';
import type { RichText, TextBlock } from '../schema/richText';
import { profileOf } from './profile';

/** The `kind` of the generated section, so it is found again when the profile changes. */
export const CRISIS_CENTRE_SECTION = 'crisis-centre';

function listed(names: readonly string[], language: Language): string {
  const and = language === 'en' ? 'and' : 'og';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** The «Krisesentertilbudet» text made from the profile, in `language`: a starting point the group edits. */
export function crisisCentreText(plan: Plan, language: Language): RichText {
  const t = (key: string, params?: MessageParams) => formatCoreMessage(message(key, params), language);
  const known = (value: boolean | null) =>
    t(`crisis-centre.known.${value === null ? 'unknown' : value ? 'yes' : 'no'}`);
  const date = (iso: string) => formatCoreMessage(longDate(iso), language);
  const profile = profileOf(plan);
  const names = planMunicipalities(plan).map((m) => m.name);
  const host = profile.hostMunicipality.trim() || plan.municipality.name;
  const arrangement = t(`crisis-centre.arrangement.${profile.arrangement ?? 'unknown'}`, { host });
  const intro = profile.name.trim()
    ? t('crisis-centre.text.intro', {
        municipalities: listed(names, language),
        arrangement,
        name: profile.name.trim(),
      })
    : t('crisis-centre.text.intro-unnamed', { municipalities: listed(names, language), arrangement });
  const facts: string[] = [
    t('crisis-centre.text.staffing', {
      women: known(profile.staffedAroundTheClock.women),
      men: known(profile.staffedAroundTheClock.men),
    }),
  ];
  if (profile.menServiceLocation.trim()) {
    facts.push(t('crisis-centre.text.men-location', { location: profile.menServiceLocation.trim() }));
  }
  facts.push(t('crisis-centre.text.universal-design', { answer: known(profile.universalDesign) }));
  facts.push(
    t('crisis-centre.text.interpreter', {
      spoken: known(profile.interpreter.spokenLanguages),
      sign: known(profile.interpreter.signLanguage),
      deafblind: known(profile.interpreter.deafblind),
    }),
  );
  if (profile.familyUnits !== undefined)
    facts.push(t('crisis-centre.text.family-units', { count: profile.familyUnits }));
  const travel = profile.municipalities
    .filter((f) => f.travelMinutes !== undefined)
    .map((f) => `${f.municipality} ${f.travelMinutes} min`);
  if (travel.length > 0) facts.push(t('crisis-centre.text.travel', { list: travel.join(', ') }));
  facts.push(
    profile.agreements.length > 0
      ? t('crisis-centre.text.agreements', { list: profile.agreements.map((a) => a.title).join(', ') })
      : t('crisis-centre.text.no-agreements'),
  );
  if (profile.lastInternalControl) {
    facts.push(t('crisis-centre.text.internal-control', { date: date(profile.lastInternalControl) }));
  }
  if (profile.lastSupervision.date) {
    facts.push(
      t('crisis-centre.text.supervision', {
        date: date(profile.lastSupervision.date),
        by: profile.lastSupervision.by.trim() || '–',
        count: profile.lastSupervision.findings.length,
      }),
    );
  }
  if (profile.costPerInhabitantNok !== undefined) {
    facts.push(
      t('crisis-centre.text.cost', { amount: profile.costPerInhabitantNok.toLocaleString('nb-NO') }),
    );
  }
  const blocks: TextBlock[] = [
    { type: 'paragraph', runs: [{ text: intro }] },
    { type: 'bullets', items: facts.map((text) => [{ text }]) },
  ];
  if (names.length > 1) blocks.push({ type: 'paragraph', runs: [{ text: t('crisis-centre.text.duty') }] });
  return blocks;
}

/**
 * Writes the generated text into the plan's «Krisesentertilbudet» section (made if missing). The section is the
 * group's to edit afterwards; generating again replaces its text, which the page asks before doing.
 */
export function generateCrisisCentreSection(plan: Plan, id?: string): Plan {
  const language = plan.language;
  const body = crisisCentreText(plan, language);
  const existing = plan.sections.find((s) => s.kind === CRISIS_CENTRE_SECTION);
  if (existing) return updateSection(plan, existing.id, { body });
  const title = formatCoreMessage(message('crisis-centre.section-title'), language);
  const added = addSection(plan, title, id);
  return updateSection(
    {
      ...added.plan,
      sections: added.plan.sections.map((s) =>
        s.id === added.section.id ? { ...s, kind: CRISIS_CENTRE_SECTION } : s,
      ),
    },
    added.section.id,
    { body },
  );
}

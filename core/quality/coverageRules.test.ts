import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { inLanguages } from '../messages/inLanguages';
import { updateMeasure } from '../plan/measures';
import type { Plan } from '../schema/plan';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { coverageRules } from './coverageRules';

/** The complete plan with «older people» and «negative social control» taken off every measure. */
function withoutOlderPeopleAndSocialControl(): Plan {
  let plan = completePlan();
  for (const m of plan.measures) {
    plan = updateMeasure(plan, m.id, {
      targetGroups: m.targetGroups.filter((g) => g !== 'older-people'),
      violenceForms: m.violenceForms.filter((f) => f !== 'negative-social-control'),
    });
  }
  return plan;
}

describe('coverage rules', () => {
  it('accept a plan whose measures cover every required group and form', () => {
    expect(coverageRules(completePlan(), TEST_VOCABULARY)).toEqual([]);
  });

  it('name each uncovered target group and violence form with its label', () => {
    const findings = coverageRules(withoutOlderPeopleAndSocialControl(), TEST_VOCABULARY);
    expect(findings.map((f) => [f.id, f.target])).toEqual([
      ['coverage.target-group-missing', { kind: 'coverage', id: 'older-people', field: 'targetGroups' }],
      [
        'coverage.violence-form-missing',
        { kind: 'coverage', id: 'negative-social-control', field: 'violenceForms' },
      ],
    ]);
    expect(findings[0]?.message).toContain('«gruppe older-people»');
  });

  it('trust the assessment where it says today’s services already cover a group', () => {
    const plan = withoutOlderPeopleAndSocialControl();
    const assessed = {
      ...plan,
      assessment: [
        { itemId: 'target-group-older-people', answer: 'yes' as const, note: '' },
        { itemId: 'violence-form-negative-social-control', answer: 'no' as const, note: '' },
      ],
    };
    const findings = coverageRules(assessed, TEST_VOCABULARY);
    expect(findings.map((f) => f.target.id)).toEqual(['negative-social-control']);
    expect(findings[0]?.message).toMatch(/^Kartleggingen viser/);
  });

  it('stay silent while the plan has no measures', () => {
    expect(coverageRules({ ...completePlan(), measures: [] }, TEST_VOCABULARY)).toEqual([]);
  });

  it('fall back to the id when the vocabulary has no label', () => {
    const findings = coverageRules(withoutOlderPeopleAndSocialControl(), {
      targetGroups: [],
      violenceForms: [],
    });
    expect(findings[0]?.message).toContain('«older-people»');
  });

  it('read a label given in every language in the language it is rendered in', () => {
    const label = inLanguages({ nb: 'Eldre', nn: 'Eldre', en: 'Older people' });
    const [finding] = coverageRules(withoutOlderPeopleAndSocialControl(), {
      targetGroups: [{ id: 'older-people', label }],
      violenceForms: [],
    });
    expect(finding?.message).toMatch(/^Ingen tiltak retter seg mot målgruppen «Eldre»\./);
    expect(formatCoreMessage(finding!.text, 'nn')).toMatch(
      /^Ingen tiltak rettar seg mot målgruppa «Eldre»\./,
    );
    expect(formatCoreMessage(finding!.text, 'en')).toMatch(
      /^No measure is aimed at the target group “Older people”\./,
    );
  });
});

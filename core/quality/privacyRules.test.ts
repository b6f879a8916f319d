import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import type { Plan } from '../schema/plan';
import { checkPlanQuality } from './checkPlan';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { privacyFindings } from './privacyRules';

// Made for the test (valid date and control digits), no one's number.
const FNR = '15039012488';
const DNR = '55039012390';

const runs = (...texts: string[]) => [{ type: 'paragraph' as const, runs: texts.map((text) => ({ text })) }];

function withCaseData(): Plan {
  const plan = completePlan();
  const [m1, m2] = plan.measures;
  return {
    ...plan,
    mandate: { ...plan.mandate, text: 'Spørsmål til kari.nordmann@vik.kommune.no' },
    sections: [
      // A number split by bold text is still one number.
      {
        id: 's1',
        title: 'Innledning',
        body: runs('Saken med ', FNR.slice(0, 4), FNR.slice(4), ' viser behovet.'),
      },
    ],
    measures: [
      { ...m1!, description: `Som for barnet med d-nr. ${DNR} og for ${FNR}.` },
      {
        ...m2!,
        indicators: [{ id: 'i1', name: 'Ring 912 34 567', unit: '', baseline: '', target: '', source: '' }],
      },
      ...plan.measures.slice(2),
    ],
    statusUpdates: [
      {
        id: 'u1',
        measureId: m1!.id,
        periodId: '2026-T1',
        status: 'on-track',
        asOf: '2026-04-30',
        narrative: 'Fulgt opp i saksnr. 2025/4471.',
        nextStep: '',
        reason: '',
        decisionNeeded: { needed: false, text: '' },
        indicatorValues: [],
        reportedBy: '',
        reportedAt: '2026-05-02T10:00:00Z',
      },
    ],
    workshopIdeas: [{ id: 'w1', text: 'Ring mora på +47 41234567', group: '', votes: 0 }],
  };
}

describe('privacy rules', () => {
  it('find nothing in a plan without case data', () => {
    expect(privacyFindings(completePlan())).toEqual([]);
  });

  it('find national ids, D-numbers, phone numbers, e-mails and case references in every kind of free text', () => {
    const plan = withCaseData();
    const found = privacyFindings(plan).map((f) => [f.id, f.target]);
    const [m1, m2] = plan.measures;
    expect(found).toEqual([
      ['privacy.email', { kind: 'plan', field: 'mandate.text' }],
      ['privacy.national-id', { kind: 'section', id: 's1', field: 'body' }],
      ['privacy.national-id', { kind: 'measure', id: m1!.id, field: 'description' }],
      ['privacy.phone', { kind: 'measure', id: m2!.id, field: 'indicators' }],
      ['privacy.case-reference', { kind: 'statusUpdate', id: 'u1', field: 'narrative' }],
      ['privacy.phone', { kind: 'workshopIdea', id: 'w1', field: 'text' }],
    ]);
  });

  it('never show the number itself, only masked, and name the place in each language', () => {
    const findings = privacyFindings(withCaseData());
    const all = findings.flatMap((f) => [
      f.message,
      ...(['nn', 'en'] as const).map((l) => formatCoreMessage(f.text, l)),
    ]);
    for (const text of all) {
      for (const secret of [FNR, DNR, '912 34 567', '41234567', 'kari.nordmann', '4471', FNR.slice(4)]) {
        expect(text).not.toContain(secret);
      }
    }
    const measure = findings.find((f) => f.target.field === 'description');
    expect(measure?.message).toBe(
      'Tiltak 1.1 «Etablere konsultasjonsteam», beskrivelse: ser ut til å inneholde et fødselsnummer eller D-nummer (55*********, 15*********). En plan skal aldri inneholde opplysninger om enkeltpersoner. Fjern nummeret.',
    );
    expect(formatCoreMessage(measure!.text, 'en')).toMatch(
      /^Measure 1\.1 “Etablere konsultasjonsteam”, description:/,
    );
    const status = findings.find((f) => f.id === 'privacy.case-reference');
    expect(status?.message).toMatch(
      /^Statusrapporten for Tiltak 1\.1 «Etablere konsultasjonsteam» \(.+\), hva er gjort: .*\(saksnr \*\*\*\*\/\*\*71\)/,
    );
  });

  it('mask a number in the title it names the place by', () => {
    const plan = completePlan();
    const measures = plan.measures.map((m, i) =>
      i === 0 ? { ...m, title: `Følge opp ${FNR}`, description: `Se ${FNR}` } : m,
    );
    const messages = privacyFindings({ ...plan, measures }).map((f) => f.message);
    expect(messages).toHaveLength(2);
    for (const text of messages) {
      expect(text).toContain('«Følge opp 15*********»');
      expect(text).not.toContain(FNR);
    }
  });

  it('leave contacts named on purpose and the political decision alone', () => {
    const plan = completePlan();
    const quiet: Plan = {
      ...plan,
      adoption: { body: 'Kommunestyret', date: '2026-06-12', caseNumber: 'saksnr. 26/123' },
      mandate: { ...plan.mandate, givenBy: 'Formannskapet, sak 25/88' },
      coordinator: { ...plan.coordinator, name: 'Kari Nordmann, tlf 91234567' },
      members: [{ id: 'p1', name: 'Ola', role: '', email: 'ola@vik.kommune.no' }],
      units: plan.units.map((u) => ({
        ...u,
        name: `${u.name} (tlf 22334455)`,
        email: 'post@vik.kommune.no',
      })),
      measures: plan.measures.map((m) => ({
        ...m,
        contactPerson: 'Per, 98765432, per@vik.no',
        contactEmail: 'per@vik.kommune.no',
      })),
    };
    expect(privacyFindings(quiet)).toEqual([]);
  });

  it('look into parts added later too, such as the crisis-centre profile and evaluations', () => {
    const plan: Plan = {
      ...completePlan(),
      crisisCentre: {
        name: 'Krisesenteret i Vik',
        hostMunicipality: '',
        municipalities: [{ municipality: 'Vik', contactPerson: 'Kari, 91234567', webInformation: null }],
        staffedAroundTheClock: { women: null, men: null },
        menServiceLocation: '',
        universalDesign: null,
        interpreter: { spokenLanguages: null, signLanguage: null, deafblind: null },
        agreements: [],
        lastSupervision: {
          by: 'Statsforvalteren',
          findings: [{ id: 'f1', text: `Brukeren med d-nr ${DNR} fikk ikke tilbud.`, followUp: '' }],
        },
      },
    };
    const findings = privacyFindings(plan);
    expect(findings.map((f) => [f.id, f.target])).toEqual([
      ['privacy.national-id', { kind: 'plan', field: 'crisisCentre.lastSupervision.findings.text' }],
    ]);
    expect(findings[0]?.message).toMatch(/^Krisesentertilbudet, tekst: ser ut til/);
  });

  it('are part of the plan-quality check, as warnings that never block', () => {
    const findings = checkPlanQuality(withCaseData(), TEST_VOCABULARY).filter((f) =>
      f.id.startsWith('privacy.'),
    );
    expect(findings).toHaveLength(6);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['warning']));
  });
});

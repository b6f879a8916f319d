import { cooperationOf } from '../crisisCentre/cooperation';
import { dutiesOfMeasure } from '../crisisCentre/duties';
import { CORE_SERVICES } from '../crisisCentre/services';
import { isChildhoodUnit, type UnitRole, unitRole } from '../crisisCentre/unitRoles';
import { inLanguages } from '../messages/inLanguages';
import { message } from '../messages/message';
import { isInterMunicipal, refersTo } from '../municipalities/municipalities';
import { measureAppliesTo } from '../municipalities/scope';
import type { Language } from '../schema/common';
import type { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';
import { findingOf, type QualityFinding } from './finding';
import type { QualityRule } from './rule';

const RE_ESTABLISHMENT =
  /reetabler|re-establish|etter (krisesenter)?opphold|after (a|the) stay|etter opphaldet/i;
const SAMI = /samisk|sámi|\bsami\b/i;
const COORDINATION_OR_CONTROL = /internkontroll|internal control|samordn|coordinat/i;

function unitsWithRole(plan: Plan, roles: readonly UnitRole[]): Set<string> {
  return new Set(plan.units.filter((u) => roles.includes(unitRole(u) as UnitRole)).map((u) => u.id));
}

function involves(measure: Measure, ids: ReadonlySet<string>): boolean {
  return [
    measure.leadOwnerUnitId,
    ...measure.partnerUnitIds,
    ...(measure.localOwners ?? []).map((o) => o.unitId),
  ].some((id) => id !== undefined && ids.has(id));
}

type PartnerDuty = 'contact' | 'internal-control' | 'web';

const PARTNER_DUTY_LABELS: Readonly<Record<PartnerDuty, Readonly<Record<Language, string>>>> = {
  contact: { nb: 'egen kontaktperson', nn: 'eigen kontaktperson', en: 'its own contact person' },
  'internal-control': {
    nb: 'egen internkontroll',
    nn: 'eigen internkontroll',
    en: 'its own internal control',
  },
  web: {
    nb: 'informasjon på eget nettsted',
    nn: 'informasjon på eigen nettstad',
    en: 'information on its website',
  },
};

function missingDuties(missing: readonly PartnerDuty[]) {
  const joined = (language: Language) => {
    const labels = missing.map((d) => PARTNER_DUTY_LABELS[d][language]);
    const and = language === 'en' ? ' and ' : ' og ';
    return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')}${and}${labels.at(-1)}`;
  };
  return inLanguages({ nb: joined('nb'), nn: joined('nn'), en: joined('en') });
}

/**
 * The rules speak once the plan takes up the crisis-centre duty: it has a profile, or it is shared by several
 * municipalities (where the research found the duty left to the host). A plan of one municipality without a
 * profile is not told about it on every check.
 */
function crisisCentreInPlan(plan: Plan): boolean {
  return plan.crisisCentre !== undefined || isInterMunicipal(plan);
}

/**
 * Rules from the research on the crisis-centre duty (2019 knowledge status, county governors' supervisions): the
 * duty rests on each municipality, re-establishment has no owner, leaders leave coordination and control to the
 * centre, children lose their school place, partners rely on the host, written agreements are rare.
 */
export const crisisCentreRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  const centres = unitsWithRole(plan, ['crisis-centre']);
  if (!crisisCentreInPlan(plan)) return findings;
  const atPlan = (field: string) => ({ kind: 'plan' as const, field });

  if (plan.crisisCentre === undefined) {
    findings.push(findingOf('crisis-centre.profile-missing', 'warning', atPlan('crisisCentre')));
  }

  const followUp = unitsWithRole(plan, ['nav', 'housing', 'child-welfare']);
  const reEstablishment = plan.measures.some(
    (m) =>
      (m.catalogueId === 're-establishment-routine' ||
        RE_ESTABLISHMENT.test(`${m.title} ${m.description}`)) &&
      involves(m, followUp),
  );
  if (!reEstablishment) {
    findings.push(findingOf('crisis-centre.reestablishment-missing', 'warning', atPlan('measures')));
  }

  for (const measure of plan.measures) {
    if (measure.leadOwnerUnitId === undefined || !centres.has(measure.leadOwnerUnitId)) continue;
    const duties = dutiesOfMeasure(measure);
    const aboutLeadership =
      duties.includes('internal-control') || COORDINATION_OR_CONTROL.test(measure.title);
    if (aboutLeadership) {
      findings.push(
        findingOf(
          'crisis-centre.leader-owner',
          'warning',
          { kind: 'measure', id: measure.id, field: 'leadOwnerUnitId' },
          { title: measure.title },
        ),
      );
    }
  }

  const childrenTargeted = plan.measures.some((m) => m.targetGroups.includes('children-exposed'));
  const childhoodOwners = new Set(plan.units.filter(isChildhoodUnit).map((u) => u.id));
  const childhoodOwns = plan.measures.some((m) =>
    [m.leadOwnerUnitId, ...(m.localOwners ?? []).map((o) => o.unitId)].some(
      (id) => id !== undefined && childhoodOwners.has(id),
    ),
  );
  if (childrenTargeted && centres.size > 0 && !childhoodOwns) {
    findings.push(findingOf('crisis-centre.children-school', 'warning', atPlan('measures')));
  }

  for (const partner of plan.partnerMunicipalities) {
    const facts = plan.crisisCentre?.municipalities.find((f) => refersTo(f.municipality, partner));
    const missing: PartnerDuty[] = [];
    if (!facts?.contactPerson.trim()) missing.push('contact');
    if (!facts?.lastInternalControl) missing.push('internal-control');
    if (facts?.webInformation !== true) missing.push('web');
    if (missing.length > 0) {
      findings.push(
        findingOf(
          'crisis-centre.partner-duties',
          'warning',
          { kind: 'plan', id: partner.name, field: 'crisisCentre.municipalities' },
          {
            municipality: partner.name,
            missing: missingDuties(missing),
          },
        ),
      );
    }
  }

  const matrix = cooperationOf(plan);
  if (matrix.cells.length > 0) {
    for (const service of CORE_SERVICES) {
      if (matrix.cells.some((c) => c.service === service && c.level === 'written')) continue;
      findings.push(
        findingOf(
          'cooperation.no-written-agreement',
          'warning',
          { kind: 'plan', id: service, field: 'cooperation' },
          { service: message(`cooperation.service.${service}`) },
        ),
      );
    }
  }

  for (const municipality of [plan.municipality, ...plan.partnerMunicipalities]) {
    if (!municipality.samiArea) continue;
    const covered = plan.measures.some(
      (m) =>
        measureAppliesTo(m, municipality) &&
        (m.catalogueId === 'sami-information' || m.catalogueId === 'sami-competence' || SAMI.test(m.title)),
    );
    if (!covered) {
      findings.push(
        findingOf(
          'crisis-centre.sami-information',
          'warning',
          { kind: 'plan', id: municipality.name, field: 'measures' },
          { municipality: municipality.name },
        ),
      );
    }
  }
  return findings;
};

import type {
  CarriedOut,
  EvaluationKind,
  FeedbackSource,
  GoalsReached,
  MeasureRecommendation,
  OverallRecommendation,
} from '../schema/evaluation';
import type { Labels } from './domainLabels';

export const EVALUATION_KIND_LABELS: Labels<EvaluationKind> = {
  'mid-term': { nb: 'Midtveisevaluering', nn: 'Midtvegsevaluering', en: 'Mid-term evaluation' },
  final: { nb: 'Sluttevaluering', nn: 'Sluttevaluering', en: 'Final evaluation' },
};

export const CARRIED_OUT_LABELS: Labels<CarriedOut> = {
  yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  partly: { nb: 'Delvis', nn: 'Delvis', en: 'Partly' },
  no: { nb: 'Nei', nn: 'Nei', en: 'No' },
  'not-started': { nb: 'Ikke startet', nn: 'Ikkje starta', en: 'Not started' },
};

export const MEASURE_RECOMMENDATION_LABELS: Labels<MeasureRecommendation> = {
  continue: {
    nb: 'Videreføres i neste plan',
    nn: 'Vidareførast i neste plan',
    en: 'Continue in the next plan',
  },
  'ordinary-operation': {
    nb: 'Over i ordinær drift',
    nn: 'Over i ordinær drift',
    en: 'Into ordinary operation',
  },
  change: { nb: 'Endres', nn: 'Endrast', en: 'Change' },
  stop: { nb: 'Avsluttes', nn: 'Avsluttast', en: 'Stop' },
};

export const OVERALL_RECOMMENDATION_LABELS: Labels<OverallRecommendation> = {
  renew: { nb: 'Fornye planen (ny plan)', nn: 'Fornye planen (ny plan)', en: 'Renew the plan (a new plan)' },
  revise: { nb: 'Revidere planen', nn: 'Revidere planen', en: 'Revise the plan' },
  continue: {
    nb: 'Videreføre planen som den er',
    nn: 'Vidareføre planen som han er',
    en: 'Continue the plan as it is',
  },
};

export const GOALS_REACHED_LABELS: Labels<GoalsReached> = {
  yes: { nb: 'Nådd', nn: 'Nådd', en: 'Reached' },
  partly: { nb: 'Delvis nådd', nn: 'Delvis nådd', en: 'Partly reached' },
  no: { nb: 'Ikke nådd', nn: 'Ikkje nådd', en: 'Not reached' },
  unknown: { nb: 'Ikke vurdert', nn: 'Ikkje vurdert', en: 'Not assessed' },
};

export const FEEDBACK_SOURCE_LABELS: Labels<FeedbackSource> = {
  'elders-council': { nb: 'Eldrerådet', nn: 'Eldrerådet', en: "Elders' council" },
  'youth-council': { nb: 'Ungdomsrådet', nn: 'Ungdomsrådet', en: 'Youth council' },
  'disability-council': {
    nb: 'Rådet for personer med funksjonsnedsettelse',
    nn: 'Rådet for personar med funksjonsnedsetjing',
    en: 'Council for people with disabilities',
  },
  partner: { nb: 'Samarbeidspartner', nn: 'Samarbeidspartnar', en: 'Partner' },
  user: { nb: 'Brukere', nn: 'Brukarar', en: 'Users' },
  other: { nb: 'Annen kilde', nn: 'Anna kjelde', en: 'Other source' },
};

export const YES_PARTLY_NO_LABELS: Labels<'yes' | 'partly' | 'no' | 'unknown'> = {
  yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  partly: { nb: 'Delvis', nn: 'Delvis', en: 'Partly' },
  no: { nb: 'Nei', nn: 'Nei', en: 'No' },
  unknown: { nb: 'Ikke kjent', nn: 'Ikkje kjent', en: 'Unknown' },
};

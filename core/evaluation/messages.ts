import type { Catalogues } from '../messages/message';

type Key = 'evaluation.not-found' | 'evaluation.row-not-found' | 'evaluation.none';

/** Refusals of evaluation edits. */
export const evaluationMessages: Catalogues<Key> = {
  nb: {
    'evaluation.not-found': 'Fant ikke evalueringen.',
    'evaluation.row-not-found':
      'Fant ikke raden i evalueringen. Oppdater evalueringen fra statushistorikken.',
    'evaluation.none':
      'Planen har ingen evaluering ennå. Lag en med «evaluate PLAN --prefill» eller på siden Evaluering.',
  },
  nn: {
    'evaluation.not-found': 'Fann ikkje evalueringa.',
    'evaluation.row-not-found': 'Fann ikkje rada i evalueringa. Oppdater evalueringa frå statushistorikken.',
    'evaluation.none':
      'Planen har inga evaluering enno. Lag ei med «evaluate PLAN --prefill» eller på sida Evaluering.',
  },
  en: {
    'evaluation.not-found': 'The evaluation was not found.',
    'evaluation.row-not-found':
      'The row was not found in the evaluation. Refresh the evaluation from the status history.',
    'evaluation.none':
      'The plan has no evaluation yet. Make one with «evaluate PLAN --prefill» or on the Evaluation page.',
  },
};

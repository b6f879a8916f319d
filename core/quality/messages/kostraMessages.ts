import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.kostra.adopted-plan-unanswered'
  | 'finding.kostra.coordinator-unanswered'
  | 'finding.kostra.coordinator-contradiction'
  | 'finding.kostra.crisis-centre-cooperation-missing';

/** The findings of the KOSTRA rules. */
export const kostraMessages: Catalogues<Key> = {
  nb: {
    'finding.kostra.adopted-plan-unanswered':
      'KOSTRA-spørsmålet om politisk vedtatt plan er ikke besvart. Svar i kartleggingen om kommunen har en gjeldende, politisk vedtatt plan.',
    'finding.kostra.coordinator-unanswered':
      'KOSTRA-spørsmålet om koordinator er ikke besvart. Svar i kartleggingen om noen har fått ansvaret for å koordinere arbeidet.',
    'finding.kostra.coordinator-contradiction':
      'KOSTRA-svaret sier at ingen koordinerer arbeidet, men planen har en koordinator. Rett KOSTRA-svaret eller koordinatoren.',
    'finding.kostra.crisis-centre-cooperation-missing':
      'Ingen tjenester er registrert med formalisert samarbeid med krisesenteret (KOSTRA-spørsmål 3). Velg tjenestene som har en skriftlig avtale, eller lag et tiltak for å få det på plass.',
  },
  nn: {
    'finding.kostra.adopted-plan-unanswered':
      'KOSTRA-spørsmålet om politisk vedteken plan er ikkje svart på. Svar i kartlegginga om kommunen har ein gjeldande, politisk vedteken plan.',
    'finding.kostra.coordinator-unanswered':
      'KOSTRA-spørsmålet om koordinator er ikkje svart på. Svar i kartlegginga om nokon har fått ansvaret for å koordinere arbeidet.',
    'finding.kostra.coordinator-contradiction':
      'KOSTRA-svaret seier at ingen koordinerer arbeidet, men planen har ein koordinator. Rett KOSTRA-svaret eller koordinatoren.',
    'finding.kostra.crisis-centre-cooperation-missing':
      'Ingen tenester er registrerte med formalisert samarbeid med krisesenteret (KOSTRA-spørsmål 3). Vel tenestene som har ein skriftleg avtale, eller lag eit tiltak for å få det på plass.',
  },
  en: {
    'finding.kostra.adopted-plan-unanswered':
      'The KOSTRA question about a politically adopted plan is unanswered. Answer in the assessment whether the municipality has a current, politically adopted plan.',
    'finding.kostra.coordinator-unanswered':
      'The KOSTRA question about a coordinator is unanswered. Answer in the assessment whether someone has been made responsible for coordinating the work.',
    'finding.kostra.coordinator-contradiction':
      'The KOSTRA answer says nobody coordinates the work, but the plan has a coordinator. Correct the KOSTRA answer or the coordinator.',
    'finding.kostra.crisis-centre-cooperation-missing':
      'No services are registered with formal cooperation with the crisis centre (KOSTRA question 3). Choose the services that have a written agreement, or add a measure to put one in place.',
  },
};

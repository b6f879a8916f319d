import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.measure.title-missing'
  | 'finding.measure.title-without-verb'
  | 'finding.measure.description-missing'
  | 'finding.measure.owner-missing'
  | 'finding.measure.deadline-missing'
  | 'finding.measure.deadline-outside-plan-period'
  | 'finding.measure.start-after-deadline'
  | 'finding.measure.period-outside-plan-period'
  | 'finding.measure.indicator-missing';

/** The findings of the measure rules; `{{measure}}` is the measure's name (see core/messages/names). */
export const measureMessages: Catalogues<Key> = {
  nb: {
    'finding.measure.title-missing':
      '{{measure}} mangler tittel. Skriv kort hva som skal gjøres, og begynn med et verb.',
    'finding.measure.title-without-verb':
      '{{measure}} sier ikke hva som skal gjøres. Begynn tittelen med et verb, for eksempel «Etablere …», «Gjennomføre …» eller «Lage …».',
    'finding.measure.description-missing':
      '{{measure}} mangler beskrivelse. Beskriv hva som skal gjøres, hvem som er med, og hvordan dere ser at det er gjort.',
    'finding.measure.owner-missing':
      '{{measure}} mangler ansvarlig enhet. Velg én enhet som eier tiltaket; andre kan være samarbeidspartnere.',
    'finding.measure.deadline-missing':
      '{{measure}} har verken frist eller tidsrom. Sett en frist, eller et tidsrom i år hvis tiltaket går over tid.',
    'finding.measure.deadline-outside-plan-period':
      '{{measure}} har frist {{deadline}}, utenfor planperioden {{from}}–{{to}}. Flytt fristen inn i perioden.',
    'finding.measure.start-after-deadline':
      '{{measure}} starter {{start}}, etter fristen {{deadline}}. Rett start eller frist.',
    'finding.measure.period-outside-plan-period':
      '{{measure}} har tidsrommet {{periodFrom}}–{{periodTo}}, utenfor planperioden {{from}}–{{to}}. Tilpass tidsrommet.',
    'finding.measure.indicator-missing':
      '{{measure}} har ingen indikator eller delmål. Legg til minst én, så dere kan se at tiltaket er gjennomført.',
  },
  nn: {
    'finding.measure.title-missing':
      '{{measure}} manglar tittel. Skriv kort kva som skal gjerast, og byrj med eit verb.',
    'finding.measure.title-without-verb':
      '{{measure}} seier ikkje kva som skal gjerast. Byrj tittelen med eit verb, til dømes «Etablere …», «Gjennomføre …» eller «Lage …».',
    'finding.measure.description-missing':
      '{{measure}} manglar skildring. Skildre kva som skal gjerast, kven som er med, og korleis de ser at det er gjort.',
    'finding.measure.owner-missing':
      '{{measure}} manglar ansvarleg eining. Vel éi eining som eig tiltaket; andre kan vere samarbeidspartnarar.',
    'finding.measure.deadline-missing':
      '{{measure}} har verken frist eller tidsrom. Set ein frist, eller eit tidsrom i år dersom tiltaket går over tid.',
    'finding.measure.deadline-outside-plan-period':
      '{{measure}} har frist {{deadline}}, utanfor planperioden {{from}}–{{to}}. Flytt fristen inn i perioden.',
    'finding.measure.start-after-deadline':
      '{{measure}} startar {{start}}, etter fristen {{deadline}}. Rett start eller frist.',
    'finding.measure.period-outside-plan-period':
      '{{measure}} har tidsrommet {{periodFrom}}–{{periodTo}}, utanfor planperioden {{from}}–{{to}}. Tilpass tidsrommet.',
    'finding.measure.indicator-missing':
      '{{measure}} har ingen indikator eller delmål. Legg til minst éin, så de kan sjå at tiltaket er gjennomført.',
  },
  en: {
    'finding.measure.title-missing':
      '{{measure}} has no title. Say briefly what will be done, starting with a verb.',
    'finding.measure.title-without-verb':
      '{{measure}} does not say what will be done. Start the title with a verb, such as “Establish …”, “Carry out …” or “Make …”.',
    'finding.measure.description-missing':
      '{{measure}} has no description. Describe what will be done, who takes part, and how you will see that it is done.',
    'finding.measure.owner-missing':
      '{{measure}} has no responsible unit. Choose one unit to own the measure; others can be partners.',
    'finding.measure.deadline-missing':
      '{{measure}} has neither a deadline nor a period. Set a deadline, or a period in years if the measure runs over time.',
    'finding.measure.deadline-outside-plan-period':
      '{{measure}} has the deadline {{deadline}}, outside the plan period {{from}}–{{to}}. Move the deadline into the period.',
    'finding.measure.start-after-deadline':
      '{{measure}} starts on {{start}}, after its deadline {{deadline}}. Correct the start or the deadline.',
    'finding.measure.period-outside-plan-period':
      '{{measure}} runs {{periodFrom}}–{{periodTo}}, outside the plan period {{from}}–{{to}}. Adjust the period.',
    'finding.measure.indicator-missing':
      '{{measure}} has no indicator or milestone. Add at least one, so you can see that the measure has been carried out.',
  },
};

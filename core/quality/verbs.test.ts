import { describe, expect, it } from 'vitest';
import { titleHasVerb } from './verbs';

describe('titleHasVerb', () => {
  it.each([
    'Etablere konsultasjonsteam',
    'Etabler henvisningsrutiner til ATV',
    'Gjennomfør en kampanje mot seksuell vold i russetiden',
    'Lage rutine for oppfølging etter krisesenteropphold',
    'Gi alle nyansatte e-læring om vold',
    'Tilby ICDP-foreldreveiledning på krisesenteret',
    'Lær opp ansatte i Brøset-modellen',
    'Sikre at barn beholder barnehageplassen',
    'Kommunen skal ha en voldskoordinator',
    'Barnevernet lager en rutine for samtaler med barn',
    'Rutine for samtaler med barn utarbeides',
    'Delta i nasjonale kampanjer',
    'Ta i bruk TryggEst',
    'Følge opp voldsutsatte etter opphold',
    'Markér verdensdagen mot eldremishandling',
    'Spør alle gravide rutinemessig om vold',
    'La alle fastleger ta e-læringen',
    // Nynorsk
    'Gjer lokala til krisesenteret universelt utforma',
    'Set vald i nære relasjonar på dagsordenen',
    'Utpeik ein kommunal kontakt og hald eit fast møte',
    'Tilvis valdsutsette til støttesenteret',
    'Barnevernet lagar ein rutine for samtalar med barn',
    'Kommunen samordnar tilboda til valdsutsette',
    'Kommunen syter for tolk',
  ])('accepts «%s»', (title) => {
    expect(titleHasVerb(title)).toBe(true);
  });

  it.each([
    'Konsultasjonsteam',
    'Etablering av konsultasjonsteam',
    'Bruk av tolk',
    'Økt kompetanse i tjenestene',
    'Rutine for oppfølging etter krisesenteropphold',
    'Kurs i vold for ansatte',
    'Bedre samarbeid mellom tjenestene',
    'Betre samarbeid mellom tenestene',
    'Rutine for oppfølging etter krisesenteropphald',
    '',
    '1.2',
  ])('flags «%s»', (title) => {
    expect(titleHasVerb(title)).toBe(false);
  });
});

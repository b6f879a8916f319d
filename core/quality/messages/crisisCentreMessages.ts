import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.crisis-centre.profile-missing'
  | 'finding.crisis-centre.reestablishment-missing'
  | 'finding.crisis-centre.leader-owner'
  | 'finding.crisis-centre.children-school'
  | 'finding.crisis-centre.partner-duties'
  | 'finding.crisis-centre.sami-information'
  | 'finding.cooperation.no-written-agreement'
  | `cooperation.service.${
      | 'child-welfare'
      | 'nav'
      | 'family-counselling'
      | 'mental-health-dps'
      | 'police'
      | 'sexual-assault-centre'
      | 'housing'
      | 'substance-use'
      | 'childrens-house'
      | 'school-kindergarten'
      | 'health-station'}`;

/** The findings of the crisis-centre rules, and the names of the services in the cooperation matrix. */
export const crisisCentreFindingMessages: Catalogues<Key> = {
  nb: {
    'finding.crisis-centre.profile-missing':
      'Planen beskriver ikke krisesentertilbudet. Fyll ut krisesenterprofilen: ordning, døgnbemanning, tilbudet til menn, tolk, avtaler og siste internkontroll.',
    'finding.crisis-centre.reestablishment-missing':
      'Ingen tiltak gjelder reetableringen etter et krisesenteropphold med NAV, boligtjenesten eller barnevernet som ansvarlig eller samarbeidspartner. I 2018 fikk bare 22 % av beboerne en oppfølgingsplan.',
    'finding.crisis-centre.leader-owner':
      'Tiltaket «{{title}}» gjelder samordning eller internkontroll, men krisesenteret er ansvarlig. Plikten ligger på kommunen: gi ansvaret til en kommunal leder.',
    'finding.crisis-centre.children-school':
      'Barn er en målgruppe og krisesenteret er med i planen, men ingen tiltak har en ansvarlig i oppvekst (skole eller barnehage). Oppholdet brøt barnehagegangen i 52 % og skolegangen i 36 % av tilfellene (2018).',
    'finding.crisis-centre.partner-duties':
      '{{municipality}} kjøper krisesentertilbudet, men mangler {{missing}}. Plikten ligger på hver kommune, også når tilbudet kjøpes.',
    'finding.crisis-centre.sami-information':
      '{{municipality}} ligger i samisk område, men ingen tiltak gir informasjon på samisk om hjelp ved vold.',
    'finding.cooperation.no-written-agreement':
      '{{service}} har ingen skriftlig avtale med krisesenteret. Lag et tiltak for en skriftlig avtale med faste kontaktpersoner.',
    'cooperation.service.child-welfare': 'Barnevernet',
    'cooperation.service.nav': 'NAV',
    'cooperation.service.family-counselling': 'Familievernet',
    'cooperation.service.mental-health-dps': 'Psykisk helse / DPS',
    'cooperation.service.police': 'Politiet',
    'cooperation.service.sexual-assault-centre': 'Overgrepsmottaket',
    'cooperation.service.housing': 'Boligkontoret',
    'cooperation.service.substance-use': 'Rustjenesten',
    'cooperation.service.childrens-house': 'Statens barnehus',
    'cooperation.service.school-kindergarten': 'Skole og barnehage',
    'cooperation.service.health-station': 'Helsestasjonen',
  },
  nn: {
    'finding.crisis-centre.profile-missing':
      'Planen skildrar ikkje krisesentertilbodet. Fyll ut krisesenterprofilen: ordning, døgnbemanning, tilbodet til menn, tolk, avtalar og siste internkontroll.',
    'finding.crisis-centre.reestablishment-missing':
      'Ingen tiltak gjeld reetableringa etter eit krisesenteropphald med NAV, bustadtenesta eller barnevernet som ansvarleg eller samarbeidspartnar. I 2018 fekk berre 22 % av bebuarane ein oppfølgingsplan.',
    'finding.crisis-centre.leader-owner':
      'Tiltaket «{{title}}» gjeld samordning eller internkontroll, men krisesenteret er ansvarleg. Plikta ligg på kommunen: gi ansvaret til ein kommunal leiar.',
    'finding.crisis-centre.children-school':
      'Barn er ei målgruppe og krisesenteret er med i planen, men ingen tiltak har ein ansvarleg i oppvekst (skule eller barnehage). Opphaldet braut barnehagegangen i 52 % og skulegangen i 36 % av tilfella (2018).',
    'finding.crisis-centre.partner-duties':
      '{{municipality}} kjøper krisesentertilbodet, men manglar {{missing}}. Plikta ligg på kvar kommune, òg når tilbodet blir kjøpt.',
    'finding.crisis-centre.sami-information':
      '{{municipality}} ligg i samisk område, men ingen tiltak gir informasjon på samisk om hjelp ved vald.',
    'finding.cooperation.no-written-agreement':
      '{{service}} har ingen skriftleg avtale med krisesenteret. Lag eit tiltak for ein skriftleg avtale med faste kontaktpersonar.',
    'cooperation.service.child-welfare': 'Barnevernet',
    'cooperation.service.nav': 'NAV',
    'cooperation.service.family-counselling': 'Familievernet',
    'cooperation.service.mental-health-dps': 'Psykisk helse / DPS',
    'cooperation.service.police': 'Politiet',
    'cooperation.service.sexual-assault-centre': 'Overgrepsmottaket',
    'cooperation.service.housing': 'Bustadkontoret',
    'cooperation.service.substance-use': 'Rustenesta',
    'cooperation.service.childrens-house': 'Statens barnehus',
    'cooperation.service.school-kindergarten': 'Skule og barnehage',
    'cooperation.service.health-station': 'Helsestasjonen',
  },
  en: {
    'finding.crisis-centre.profile-missing':
      'The plan does not describe the crisis centre service. Fill in the crisis centre profile: arrangement, staffing around the clock, the service for men, interpreters, agreements and the last internal control.',
    'finding.crisis-centre.reestablishment-missing':
      'No measure covers re-establishment after a crisis centre stay with NAV, the housing service or child welfare as owner or partner. In 2018 only 22% of residents got a follow-up plan.',
    'finding.crisis-centre.leader-owner':
      'The measure «{{title}}» is about coordination or internal control, but the crisis centre owns it. The duty lies with the municipality: give it to a municipal leader.',
    'finding.crisis-centre.children-school':
      'Children are a target group and the crisis centre is in the plan, but no measure has an owner in childhood and education (school or kindergarten). Stays broke off kindergarten in 52% and school in 36% of cases (2018).',
    'finding.crisis-centre.partner-duties':
      '{{municipality}} buys the crisis centre service but lacks {{missing}}. The duty lies with each municipality, also when the service is bought.',
    'finding.crisis-centre.sami-information':
      '{{municipality}} is in a Sami area, but no measure gives information in Sami on help with violence.',
    'finding.cooperation.no-written-agreement':
      '{{service}} has no written agreement with the crisis centre. Add a measure for a written agreement with fixed contact persons.',
    'cooperation.service.child-welfare': 'Child welfare',
    'cooperation.service.nav': 'NAV (labour and welfare office)',
    'cooperation.service.family-counselling': 'Family counselling',
    'cooperation.service.mental-health-dps': 'Mental health / DPS',
    'cooperation.service.police': 'Police',
    'cooperation.service.sexual-assault-centre': 'Sexual assault centre',
    'cooperation.service.housing': 'Housing office',
    'cooperation.service.substance-use': 'Substance-use services',
    'cooperation.service.childrens-house': "Children's house",
    'cooperation.service.school-kindergarten': 'School and kindergarten',
    'cooperation.service.health-station': 'Health station',
  },
};

import type { Language } from '../../core/schema/common';
import { type Text, textFrom } from '../text';
import {
  TARGET_GROUP_SOURCES,
  type TargetGroupId,
  VIOLENCE_FORM_SOURCES,
  type ViolenceFormId,
} from '../vocabulary';
import type { AssessmentItemSource } from './item';

/** What the knowledge status says about groups the services reach poorly. */
const targetGroupNotes: Partial<Record<TargetGroupId, Text>> = {
  men: {
    nb: 'Krisesentertilbudet til menn er svakere enn til kvinner, og mange menn vet ikke at barna kan bli med.',
    nn: 'Krisesentertilbodet til menn er svakare enn til kvinner, og mange menn veit ikkje at barna kan bli med.',
    en: 'The crisis centre service for men is weaker than for women, and many men do not know their children can come along.',
  },
  'substance-mental-health': {
    nb: 'Gruppen blir oftest avvist av krisesentrene.',
    nn: 'Gruppa blir oftast avvist av krisesentera.',
    en: 'Crisis centres turn this group away most often.',
  },
  disabilities: {
    nb: 'Personer med funksjonsnedsettelse var 28–30 % av krisesenterbeboerne (2019), men få sentre har rutiner for tolk.',
    nn: 'Personar med funksjonsnedsetjing var 28–30 % av krisesenterbebuarane (2019), men få senter har rutinar for tolk.',
    en: 'People with disabilities made up 28–30 % of crisis centre residents (2019), but few centres have routines for interpreters.',
  },
  sami: {
    nb: 'Samiske brukere er mer utsatt for vold, men får ofte informasjon bare på norsk. Vurder om gruppen er aktuell i kommunen.',
    nn: 'Samiske brukarar er meir utsette for vald, men får ofte informasjon berre på norsk. Vurder om gruppa er aktuell i kommunen.',
    en: 'Sami users are more exposed to violence but often get information in Norwegian only. Consider whether the group is relevant in your municipality.',
  },
  'older-people': {
    nb: 'Eldre og voksne uten barn blir ofte utelatt fra planene; personer med demens får et svakt tilbud.',
    nn: 'Eldre og vaksne utan barn blir ofte utelatne frå planane, og personar med demens får eit svakt tilbod.',
    en: 'Older people and adults without children are often left out of plans; people with dementia get a weak service.',
  },
  lhbtiq: {
    nb: 'Gruppen får et svakt tilbud ved krisesentrene.',
    nn: 'Gruppa får eit svakt tilbod ved krisesentera.',
    en: 'The group gets a weak service at crisis centres.',
  },
  minorities: {
    nb: 'Doble minoriteter får et svakt tilbud ved krisesentrene.',
    nn: 'Doble minoritetar får eit svakt tilbod ved krisesentera.',
    en: 'Double minorities get a weak service at crisis centres.',
  },
  'children-exposed': {
    nb: 'Barn er brukere i egen rett, også når de bor på krisesenter med en forelder.',
    nn: 'Barn er brukarar i eigen rett, òg når dei bur på krisesenter med ein forelder.',
    en: 'Children are users in their own right, also when they stay at a crisis centre with a parent.',
  },
  perpetrators: {
    nb: 'Uten et tilbud til den som utøver vold, stopper ikke volden. Finnes det en vei til behandling?',
    nn: 'Utan eit tilbod til den som utøver vald, stoggar ikkje valden. Finst det ein veg til behandling?',
    en: 'Without a service for the person using violence, the violence does not stop. Is there a route to treatment?',
  },
};

const targetGroupQuestion: Record<Language, (label: string) => string> = {
  nb: (label) => `Har dagens tjenester et tilbud til målgruppen «${label}»?`,
  nn: (label) => `Har tenestene i dag eit tilbod til målgruppa «${label}»?`,
  en: (label) => `Do today's services offer something for the target group «${label}»?`,
};

const targetGroupHelp: Text = {
  nb: 'Tenk på om noen tjeneste har et tilbud, en rutine og en kontaktperson for gruppen. Hull kan bli tiltak i planen.',
  nn: 'Tenk over om nokon teneste har eit tilbod, ein rutine og ein kontaktperson for gruppa. Det som manglar, kan bli tiltak i planen.',
  en: 'Consider whether any service has an offer, a routine and a contact person for the group. Gaps can become measures in the plan.',
};

/** Share of crisis-centre stays in 2018 where this form of violence was a reason for the stay. */
const violenceFormShares: Partial<Record<ViolenceFormId, number>> = {
  psychological: 86,
  physical: 64,
  material: 22,
  economic: 21,
  sexual: 13,
  'honour-related': 7,
  digital: 6,
  'forced-marriage': 2,
};

const violenceFormQuestion: Record<Language, (label: string) => string> = {
  nb: (label) => `Fanger tjenestene opp voldsformen «${label}», og vet de hva de skal gjøre?`,
  nn: (label) => `Fangar tenestene opp valdsforma «${label}», og veit dei kva dei skal gjere?`,
  en: (label) => `Do the services pick up the form of violence «${label}», and do they know what to do?`,
};

const violenceFormShare: Record<Language, (percent: number) => string> = {
  nb: (percent) => `Voldsformen var en av grunnene til ${percent} % av krisesenteroppholdene i 2018.`,
  nn: (percent) => `Valdsforma var ein av grunnane til ${percent} % av krisesenteropphalda i 2018.`,
  en: (percent) =>
    `This form of violence was one of the reasons for ${percent}% of crisis centre stays in 2018.`,
};

const violenceFormHelp: Text = {
  nb: 'Svar «ja» hvis de aktuelle tjenestene har en rutine eller et verktøy for å oppdage og følge opp denne formen for vold.',
  nn: 'Svar «ja» viss dei aktuelle tenestene har ein rutine eller eit verktøy for å oppdage og følgje opp denne forma for vald.',
  en: 'Answer «yes» if the relevant services have a routine or a tool to detect and follow up this form of violence.',
};

const sentences = (...parts: (string | undefined)[]) =>
  parts.filter((part): part is string => part !== undefined).join(' ');

/** One question per target group: do today's services reach it? */
export const TARGET_GROUP_ITEMS: readonly AssessmentItemSource[] = TARGET_GROUP_SOURCES.map((g) => ({
  id: `target-group-${g.id}`,
  group: 'target-groups',
  question: textFrom((language) => targetGroupQuestion[language](g.label[language])),
  help: textFrom((language) => sentences(targetGroupNotes[g.id]?.[language], targetGroupHelp[language])),
  targetGroupId: g.id,
}));

/** One question per form of violence: do the services pick it up? */
export const VIOLENCE_FORM_ITEMS: readonly AssessmentItemSource[] = VIOLENCE_FORM_SOURCES.map((f) => {
  const share = violenceFormShares[f.id];
  return {
    id: `violence-form-${f.id}`,
    group: 'violence-forms',
    question: textFrom((language) => violenceFormQuestion[language](f.label[language])),
    help: textFrom((language) =>
      sentences(
        share === undefined ? undefined : violenceFormShare[language](share),
        violenceFormHelp[language],
      ),
    ),
    violenceFormId: f.id,
  };
});

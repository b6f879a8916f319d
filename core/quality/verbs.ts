/**
 * Does a measure title say what will be done? Norwegian measure titles usually start with a verb
 * («Etablere konsultasjonsteam», «Gjennomfør en kampanje»), or name the doer first («Barnevernet lager …»,
 * «Kommunen skal …»). A title that is only a noun phrase («Konsultasjonsteam», «Etablering av …») is a vision,
 * not a promise. This is a heuristic over a list of verbs common in plans, in their infinitive; it errs on the
 * side of accepting a title.
 */
const PLAN_VERBS: readonly string[] = `
anskaffe ansette arrangere avdekke avholde avklare avverge behandle beskrive besøke bruke bygge dele
delta dokumentere drive etablere evaluere finansiere fornye forankre forbedre forebygge forenkle
formalisere forsterke feste fortsette fremme følge gi gjennomføre gjennomgå gjøre gå henvise holde
identifisere implementere informere innarbeide innføre inngå innhente integrere invitere ivareta
kartlegge kommunisere koordinere kvalitetssikre la lage lansere lede legge lære markere motta måle
nominere oppdatere opplyse opprette opprettholde oversette planlegge presentere prioritere prøve
publisere rapportere registrere rekruttere revidere samarbeide samle samordne screene sende
sertifisere sette sikre skaffe skape skrive spre spørre starte styrke støtte svare synliggjøre sørge
søke ta teste tilby tilpasse tilrettelegge tilsette trene tydeliggjøre undervise utarbeide utdanne
utforme utnevne utpeke utrede utvide utvikle vedta veilede velge videreføre videreutvikle vurdere
øke øve
`
  .trim()
  .split(/\s+/);

/**
 * Nynorsk forms that the Bokmål infinitives above do not produce («gjer», «set», «hald», «avdekkje», «tilvis»),
 * so a plan written in Nynorsk is read the same way.
 */
const NYNORSK_FORMS: readonly string[] = `
avdekk avdekkje avdekkjer følgje følgjer førebygg førebyggje førebyggjer gjer gjere greie greier hald halde
held peik peike set setje skip skipe styrkje styrkjer synleggjer synleggjere syt syte syter sørgje tilvis
tilvise tilviser utgreie utpeik utpeike vel velje
`
  .trim()
  .split(/\s+/);

/** Present-tense modals that make a sentence out of what follows («Kommunen skal …»). */
const MODALS = new Set(['skal', 'vil', 'må', 'bør']);

/**
 * Imperative, infinitive, present and passive of each verb: etabler, etablere, etablerer, etableres, and the
 * Nynorsk present and passive of the a-verbs (lagar, lagast).
 */
function forms(infinitive: string): { leading: string[]; inside: string[] } {
  if (infinitive.endsWith('e')) {
    const stem = infinitive.slice(0, -1);
    return {
      leading: [stem, infinitive],
      inside: [`${infinitive}r`, `${stem}es`, `${stem}ar`, `${stem}ast`],
    };
  }
  return { leading: [infinitive], inside: [`${infinitive}r`, `${infinitive}s`] };
}

const LEADING = new Set<string>();
const INSIDE = new Set<string>(MODALS);
for (const verb of PLAN_VERBS) {
  const { leading, inside } = forms(verb);
  for (const form of leading) LEADING.add(form);
  for (const form of inside) {
    LEADING.add(form);
    INSIDE.add(form);
  }
}
// Irregular presents and imperatives, and the Nynorsk forms.
for (const form of [
  'gjør',
  'gir',
  'tar',
  'går',
  'sier',
  'vet',
  'spør',
  'lar',
  'tek',
  'seier',
  'veit',
  ...NYNORSK_FORMS,
]) {
  LEADING.add(form);
  INSIDE.add(form);
}

function words(title: string): string[] {
  return title
    .toLocaleLowerCase('nb')
    .replace(/[éèê]/g, 'e')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
}

/** True when the title reads as an action: it starts with a plan verb, or has one as its sentence verb. */
export function titleHasVerb(title: string): boolean {
  const [first, second, ...rest] = words(title);
  if (first === undefined) return false;
  // «Bruk av tolk», «Lag av frivillige» are noun phrases even though the first word can be a verb.
  if (LEADING.has(first) && second !== 'av') return true;
  return [second, ...rest.slice(0, 4)].some((w) => w !== undefined && INSIDE.has(w));
}

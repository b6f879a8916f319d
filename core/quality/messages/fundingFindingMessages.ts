import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.funding.not-settled'
  | 'finding.funding.not-settled.no-source'
  | 'finding.funding.grant-end-missing'
  | 'finding.funding.grant-ending';

/** The findings of the funding rules. */
export const fundingFindingMessages: Catalogues<Key> = {
  nb: {
    'finding.funding.not-settled':
      '{{measure}}: finansieringen er ikke avklart. Avklar om tiltaket dekkes innenfor budsjettet, med øremerkede midler eller med tilskudd.',
    'finding.funding.not-settled.no-source':
      '{{measure}}: tiltaket trenger ressurser, men ingen finansiering er valgt. Velg innenfor budsjett, øremerket, tilskudd eller ikke avklart.',
    'finding.funding.grant-end-missing':
      '{{measure}}: tilskuddet mangler sluttdato. Skriv når tilskuddet slutter, så Planhjulet kan sette av beslutningen om ordinær drift.',
    'finding.funding.grant-ending':
      '{{measure}}: tilskuddet slutter {{end}}, og det er ikke besluttet om tiltaket skal videreføres i ordinær drift. Beslutningen bør tas innen {{due}}.',
  },
  nn: {
    'finding.funding.not-settled':
      '{{measure}}: finansieringa er ikkje avklart. Avklar om tiltaket blir dekt innanfor budsjettet, med øyremerkte midlar eller med tilskot.',
    'finding.funding.not-settled.no-source':
      '{{measure}}: tiltaket treng ressursar, men inga finansiering er vald. Vel innanfor budsjett, øyremerkt, tilskot eller ikkje avklart.',
    'finding.funding.grant-end-missing':
      '{{measure}}: tilskotet manglar sluttdato. Skriv når tilskotet sluttar, så Planhjulet kan setje av avgjerda om ordinær drift.',
    'finding.funding.grant-ending':
      '{{measure}}: tilskotet sluttar {{end}}, og det er ikkje avgjort om tiltaket skal vidareførast i ordinær drift. Avgjerda bør takast innan {{due}}.',
  },
  en: {
    'finding.funding.not-settled':
      '{{measure}}: the funding is not settled. Settle whether the measure is paid within the budget, with earmarked money or by a grant.',
    'finding.funding.not-settled.no-source':
      '{{measure}}: the measure needs resources, but no funding is chosen. Choose within budget, earmarked, grant or not settled.',
    'finding.funding.grant-end-missing':
      '{{measure}}: the grant has no end date. Enter when the grant ends, so Planhjulet can set the decision on ordinary operation.',
    'finding.funding.grant-ending':
      '{{measure}}: the grant ends on {{end}}, and nobody has decided whether the measure goes on in ordinary operation. The decision should be made by {{due}}.',
  },
};

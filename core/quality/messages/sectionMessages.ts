import type { Catalogues } from '../../messages/message';

type Key = 'finding.plan.sections-missing' | 'finding.section.empty' | 'finding.section.empty.untitled';

/** The findings of the section rules; `{{section}}` is the chapter's title. */
export const sectionMessages: Catalogues<Key> = {
  nb: {
    'finding.plan.sections-missing':
      'Planen har ingen tekstkapitler. Legg til innledning, bakgrunn, føringer og omfang, for eksempel fra malen.',
    'finding.section.empty':
      'Kapittelet «{{section}}» er tomt. Skriv teksten (veiledningen ved kapittelet sier hva det bør inneholde), eller slett kapittelet.',
    'finding.section.empty.untitled':
      'Et kapittel uten tittel er tomt. Skriv teksten (veiledningen ved kapittelet sier hva det bør inneholde), eller slett kapittelet.',
  },
  nn: {
    'finding.plan.sections-missing':
      'Planen har ingen tekstkapittel. Legg til innleiing, bakgrunn, føringar og omfang, til dømes frå malen.',
    'finding.section.empty':
      'Kapittelet «{{section}}» er tomt. Skriv teksten (rettleiinga ved kapittelet seier kva det bør innehalde), eller slett kapittelet.',
    'finding.section.empty.untitled':
      'Eit kapittel utan tittel er tomt. Skriv teksten (rettleiinga ved kapittelet seier kva det bør innehalde), eller slett kapittelet.',
  },
  en: {
    'finding.plan.sections-missing':
      'The plan has no text chapters. Add an introduction, background, guidelines and scope, for example from the template.',
    'finding.section.empty':
      'The chapter “{{section}}” is empty. Write the text (the guidance next to the chapter says what it should contain), or delete the chapter.',
    'finding.section.empty.untitled':
      'A chapter without a title is empty. Write the text (the guidance next to the chapter says what it should contain), or delete the chapter.',
  },
};

import type { Catalogues } from '../../core/messages/message';

type Key =
  | 'notice.reloaded'
  | 'notice.merged'
  | 'notice.conflict'
  | 'notice.conflict-undone'
  | 'notice.unreadable'
  | 'notice.unknown-origin'
  | 'notice.recreated';

/** What the user is told when the plan file changed outside Planhjulet while it was open. */
export const documentNotices: Catalogues<Key> = {
  nb: {
    'notice.reloaded':
      '«{{file}}» ble endret utenfor Planhjulet (av en kollega eller et synkroniseringsprogram). Du ser nå den nye versjonen. Angre gjelder endringer du gjør fra nå av.',
    'notice.merged':
      '«{{file}}» ble endret utenfor Planhjulet mens du arbeidet. Dine {{count}} siste endringer er lagt inn i den nye versjonen og lagret. Versjonen fra utsiden er tatt vare på som sikkerhetskopi.',
    'notice.conflict':
      '«{{file}}» ble endret utenfor Planhjulet mens du arbeidet, og {{failed}} av endringene dine passet ikke inn i den nye versjonen ({{reason}}). Planen viser nå den nye versjonen med de endringene som passet. Din versjon slik den var, er lagret som «{{copy}}» i samme mappe.',
    'notice.conflict-undone':
      '«{{file}}» ble endret utenfor Planhjulet etter at du hadde angret endringer som alt var lagret. Planen viser nå den nye versjonen. Din versjon slik den var, er lagret som «{{copy}}» i samme mappe.',
    'notice.unreadable':
      '«{{file}}» ble endret utenfor Planhjulet og kan ikke leses nå ({{problem}}). Planhjulet skriver ikke over den. Din versjon er lagret som «{{copy}}» i samme mappe; endringene dine er også fortsatt åpne her.',
    'notice.recreated':
      '«{{file}}» var borte (flyttet eller slettet utenfor Planhjulet). Planhjulet har lagret planen på nytt på samme sted.',
    'notice.unknown-origin':
      '«{{file}}» ble endret av et annet program, som ikke sier hvilken versjon det tok utgangspunkt i. Du ser nå den nye versjonen. Det du hadde lagret her, kan mangle i den, så din versjon er lagret som «{{copy}}» i samme mappe.',
  },
  nn: {
    'notice.reloaded':
      '«{{file}}» vart endra utanfor Planhjulet (av ein kollega eller eit synkroniseringsprogram). Du ser no den nye versjonen. Angre gjeld endringar du gjer frå no av.',
    'notice.merged':
      '«{{file}}» vart endra utanfor Planhjulet medan du arbeidde. Dei {{count}} siste endringane dine er lagde inn i den nye versjonen og lagra. Versjonen frå utsida er teken vare på som tryggingskopi.',
    'notice.conflict':
      '«{{file}}» vart endra utanfor Planhjulet medan du arbeidde, og {{failed}} av endringane dine passa ikkje inn i den nye versjonen ({{reason}}). Planen viser no den nye versjonen med dei endringane som passa. Din versjon slik han var, er lagra som «{{copy}}» i same mappe.',
    'notice.conflict-undone':
      '«{{file}}» vart endra utanfor Planhjulet etter at du hadde angra endringar som alt var lagra. Planen viser no den nye versjonen. Din versjon slik han var, er lagra som «{{copy}}» i same mappe.',
    'notice.unreadable':
      '«{{file}}» vart endra utanfor Planhjulet og kan ikkje lesast no ({{problem}}). Planhjulet skriv ikkje over han. Din versjon er lagra som «{{copy}}» i same mappe; endringane dine er òg framleis opne her.',
    'notice.recreated':
      '«{{file}}» var borte (flytta eller sletta utanfor Planhjulet). Planhjulet har lagra planen på nytt på same stad.',
    'notice.unknown-origin':
      '«{{file}}» vart endra av eit anna program, som ikkje seier kva versjon det tok utgangspunkt i. Du ser no den nye versjonen. Det du hadde lagra her, kan mangle i han, så din versjon er lagra som «{{copy}}» i same mappe.',
  },
  en: {
    'notice.reloaded':
      '“{{file}}” was changed outside Planhjulet (by a colleague or a sync program). You now see the new version. Undo applies to changes you make from now on.',
    'notice.merged':
      '“{{file}}” was changed outside Planhjulet while you were working. Your {{count}} latest changes have been added to the new version and saved. The outside version has been kept as a backup.',
    'notice.conflict':
      '“{{file}}” was changed outside Planhjulet while you were working, and {{failed}} of your changes did not fit the new version ({{reason}}). The plan now shows the new version with the changes that fitted. Your version as it was has been saved as “{{copy}}” in the same folder.',
    'notice.conflict-undone':
      '“{{file}}” was changed outside Planhjulet after you had undone changes that were already saved. The plan now shows the new version. Your version as it was has been saved as “{{copy}}” in the same folder.',
    'notice.unreadable':
      '“{{file}}” was changed outside Planhjulet and cannot be read now ({{problem}}). Planhjulet will not overwrite it. Your version has been saved as “{{copy}}” in the same folder; your changes are also still open here.',
    'notice.recreated':
      '“{{file}}” was missing (moved or deleted outside Planhjulet). Planhjulet has saved the plan again in the same place.',
    'notice.unknown-origin':
      '“{{file}}” was changed by another program that does not say which version it started from. You now see the new version. What you had saved here may be missing from it, so your version has been saved as “{{copy}}” in the same folder.',
  },
};

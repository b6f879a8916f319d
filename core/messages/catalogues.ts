import { crisisCentreMessages } from '../crisisCentre/messages';
import { evaluationMessages } from '../evaluation/messages';
import { fundingMessages } from '../funding/messages';
import { importMessages } from '../import/messages';
import { lifecycleMessages } from '../lifecycle/messages';
import { municipalityMessages } from '../municipalities/messages';
import { operationMessages } from '../operations/messages';
import { planMessages } from '../plan/messages';
import { anchoringMessages } from '../quality/messages/anchoringMessages';
import { coverageMessages } from '../quality/messages/coverageMessages';
import { crisisCentreFindingMessages } from '../quality/messages/crisisCentreMessages';
import { focusAreaMessages } from '../quality/messages/focusAreaMessages';
import { fundingFindingMessages } from '../quality/messages/fundingFindingMessages';
import { kostraMessages } from '../quality/messages/kostraMessages';
import { measureMessages } from '../quality/messages/measureMessages';
import { privacyMessages } from '../quality/messages/privacyMessages';
import { sectionMessages } from '../quality/messages/sectionMessages';
import { revisionMessages } from '../revision/messages';
import type { Language } from '../schema/common';
import { statusFindingMessages } from '../status/findingMessages';
import { statusMessages } from '../status/messages';
import { reminderMessages } from '../status/reminderMessages';
import { wheelMessages } from '../wheel/messages';
import { workshopMessages } from '../workshop/messages';
import { inLanguagesMessages } from './inLanguages';
import { type Catalogue, formatMessage, type Message } from './message';
import { nameMessages } from './names';

/** Every part of core that speaks to the user adds its catalogue here. */
const parts = [
  nameMessages,
  inLanguagesMessages,
  operationMessages,
  planMessages,
  workshopMessages,
  wheelMessages,
  statusMessages,
  statusFindingMessages,
  revisionMessages,
  importMessages,
  anchoringMessages,
  kostraMessages,
  focusAreaMessages,
  measureMessages,
  coverageMessages,
  sectionMessages,
  fundingMessages,
  fundingFindingMessages,
  evaluationMessages,
  privacyMessages,
  reminderMessages,
  municipalityMessages,
  crisisCentreMessages,
  crisisCentreFindingMessages,
  lifecycleMessages,
];

/** The parts one by one, for the test that every key is in nb, nn and en, and in one part only. */
export const coreCatalogueParts: readonly Readonly<Record<Language, Catalogue>>[] = parts;

function merged(language: Language): Catalogue {
  return Object.assign({}, ...parts.map((part) => part[language]));
}

export const coreCatalogues: Readonly<Record<Language, Catalogue>> = {
  nb: merged('nb'),
  nn: merged('nn'),
  en: merged('en'),
};

/** Renders one of core's messages. */
export function formatCoreMessage(msg: Message, language: Language = 'nb'): string {
  return formatMessage(msg, language, coreCatalogues);
}

import { inLanguages } from '../../../core/messages/inLanguages';
import type { QualityVocabulary } from '../../../core/quality/vocabulary';
import type { Language } from '../../../core/schema/common';
import { assessmentFor } from '../../../templates/assessment';
import { vocabularyFor } from '../../../templates/vocabulary';

/** A vocabulary's labels in every language, so the backend's findings read right in nb, nn and en. */
function labelsInLanguages(pick: (language: Language) => readonly { id: string; label: string }[]) {
  return pick('nb').map(({ id, label }) => {
    const labelIn = (language: Language) => pick(language).find((e) => e.id === id)?.label ?? label;
    return { id, label: inLanguages({ nb: label, nn: labelIn('nn'), en: labelIn('en') }) };
  });
}

/**
 * What the quality check needs from the templates: the vocabularies and the self-assessment, not the measure
 * catalogue (which `plan.check` and the CLI's privacy warning would otherwise load).
 */
export const qualityVocabulary: QualityVocabulary = {
  targetGroups: labelsInLanguages((language) => vocabularyFor(language).targetGroups),
  violenceForms: labelsInLanguages((language) => vocabularyFor(language).violenceForms),
  assessmentItems: assessmentFor('nb').items,
};

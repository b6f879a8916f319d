import type { TemplatesData } from '../../../contract/methods/drafting';
import { REQUIRED_TARGET_GROUPS, REQUIRED_VIOLENCE_FORMS } from '../../../core/quality/vocabulary';
import type { Language } from '../../../core/schema/common';
import { legalReferenceLabel, perLanguage, templatesFor } from '../../../templates';

/** The templates as plain data for `templates.get`, in one language, built once per language. */
export const templatesData = perLanguage((language: Language): TemplatesData => {
  const templates = templatesFor(language);
  return {
    catalogue: templates.catalogue.map((m) => ({ ...m })),
    focusAreas: templates.focusAreas.map((f) => ({ ...f, guidance: { ...f.guidance } })),
    sections: templates.sections.map((s) => ({ ...s })),
    assessment: {
      groups: templates.assessment.groups.map((g) => ({ ...g })),
      items: templates.assessment.items.map((i) => ({ ...i })),
    },
    vocabulary: {
      targetGroups: templates.vocabulary.targetGroups.map((g) => ({ ...g })),
      violenceForms: templates.vocabulary.violenceForms.map((f) => ({ ...f })),
      legalReferences: templates.vocabulary.legalReferences.map((r) => ({
        ...r,
        label: legalReferenceLabel(r),
      })),
    },
    unitTypes: templates.unitTypes.map((u) => ({ ...u })),
    requiredCoverage: {
      targetGroups: [...REQUIRED_TARGET_GROUPS],
      violenceForms: [...REQUIRED_VIOLENCE_FORMS],
    },
  };
});

import type { TemplatesData } from '../../../contract/methods/drafting';
import type { QualityVocabulary } from '../../../core/quality/vocabulary';
import { REQUIRED_TARGET_GROUPS, REQUIRED_VIOLENCE_FORMS } from '../../../core/quality/vocabulary';
import {
  ASSESSMENT_GROUPS,
  ASSESSMENT_ITEMS,
  FOCUS_AREA_TEMPLATES,
  LEGAL_REFERENCES,
  legalReferenceLabel,
  MEASURE_CATALOGUE,
  SECTION_TEMPLATES,
  TARGET_GROUPS,
  UNIT_TYPES,
  VIOLENCE_FORMS,
} from '../../../templates';

/** The templates as plain data for `templates.get`, built once. */
export const templatesData: TemplatesData = {
  catalogue: MEASURE_CATALOGUE.map((m) => ({ ...m })),
  focusAreas: FOCUS_AREA_TEMPLATES.map((f) => ({ ...f, guidance: { ...f.guidance } })),
  sections: SECTION_TEMPLATES.map((s) => ({ ...s })),
  assessment: {
    groups: ASSESSMENT_GROUPS.map((g) => ({ ...g })),
    items: ASSESSMENT_ITEMS.map((i) => ({ ...i })),
  },
  vocabulary: {
    targetGroups: TARGET_GROUPS.map((g) => ({ ...g })),
    violenceForms: VIOLENCE_FORMS.map((f) => ({ ...f })),
    legalReferences: LEGAL_REFERENCES.map((r) => ({ ...r, label: legalReferenceLabel(r) })),
  },
  unitTypes: UNIT_TYPES.map((u) => ({ ...u })),
  requiredCoverage: {
    targetGroups: [...REQUIRED_TARGET_GROUPS],
    violenceForms: [...REQUIRED_VIOLENCE_FORMS],
  },
};

/** What the quality check needs from the templates. */
export const qualityVocabulary: QualityVocabulary = {
  targetGroups: templatesData.vocabulary.targetGroups,
  violenceForms: templatesData.vocabulary.violenceForms,
  assessmentItems: templatesData.assessment.items,
};

import type { Catalogues } from '../messages/message';

type Key =
  | 'operation.unknown'
  | 'operation.invalid-args'
  | 'operation.invalid-data'
  | 'operation.import-refused'
  | 'operation.field-invalid'
  | 'operation.other-plan';

/** Messages of the operation layer itself (a step that cannot be applied at all). */
export const operationMessages: Catalogues<Key> = {
  nb: {
    'operation.unknown': 'Ukjent endring «{{name}}». Ingenting er endret.',
    'operation.invalid-args': 'Endringen «{{name}}» har ugyldige data ({{problem}}). Ingenting er endret.',
    'operation.invalid-data': 'Endringen har ugyldige data. Ingenting er endret.',
    'operation.import-refused': 'Ingen tiltak ble importert fra {{fileName}}: {{problem}}',
    'operation.field-invalid': '{{problem}}',
    'operation.other-plan': 'Den nye versjonen hører til en annen plan. Ingenting er endret.',
  },
  nn: {
    'operation.unknown': 'Ukjend endring «{{name}}». Ingenting er endra.',
    'operation.invalid-args': 'Endringa «{{name}}» har ugyldige data ({{problem}}). Ingenting er endra.',
    'operation.invalid-data': 'Endringa har ugyldige data. Ingenting er endra.',
    'operation.import-refused': 'Ingen tiltak vart importerte frå {{fileName}}: {{problem}}',
    'operation.field-invalid': '{{problem}}',
    'operation.other-plan': 'Den nye versjonen høyrer til ein annan plan. Ingenting er endra.',
  },
  en: {
    'operation.unknown': 'Unknown change “{{name}}”. Nothing has been changed.',
    'operation.invalid-args':
      'The change “{{name}}” has invalid data ({{problem}}). Nothing has been changed.',
    'operation.invalid-data': 'The change has invalid data. Nothing has been changed.',
    'operation.import-refused': 'No measures were imported from {{fileName}}: {{problem}}',
    'operation.field-invalid': '{{problem}}',
    'operation.other-plan': 'The new version belongs to another plan. Nothing has been changed.',
  },
};

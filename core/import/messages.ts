import type { Catalogues } from '../messages/message';

type Key =
  | 'import.at-line'
  | 'import.rows-refused'
  | 'import.rows-refused.one'
  | 'import.file-refused'
  | 'import.file-empty'
  | 'import.file-unreadable'
  | 'import.file-not-xlsx'
  | 'import.file-old-xls'
  | 'import.file-looks-like-xlsx'
  | 'import.file-type-unsupported'
  | 'import.row-above-header'
  | 'import.column-ignored'
  | 'import.column-twice'
  | 'import.title-column-missing'
  | 'import.no-measures'
  | 'import.too-many-rows'
  | 'import.focus-area-number-missing'
  | 'import.title-empty'
  | 'import.no-focus-area'
  | 'import.date-invalid'
  | 'import.period-not-years'
  | 'import.period-reversed'
  | 'import.status-unknown'
  | 'import.start-after-deadline'
  | 'import.reason-required'
  | 'import.comment-without-status'
  | 'import.funding-unknown'
  | 'import.grant-without-grant-funding'
  | 'import.field-invalid'
  | 'import.unit-name-too-long'
  | 'import.title-twice-in-file'
  | 'import.title-already-in-plan';

/**
 * Problems and warnings of a measure list import. Column names («Tiltak», «Kommentar» …) are the headers the
 * file itself uses, so they stay as they are in every language.
 */
export const importMessages: Catalogues<Key> = {
  nb: {
    'import.at-line': 'linje {{line}}: {{problem}}',
    'import.rows-refused':
      'Ingen tiltak ble importert: {{count}} rader i {{fileName}} har feil. Rett radene og prøv igjen.',
    'import.rows-refused.one':
      'Ingen tiltak ble importert: én rad i {{fileName}} har feil. Rett raden og prøv igjen.',
    'import.file-refused': 'Ingen tiltak ble importert fra {{fileName}}. {{problem}}',
    'import.file-empty': 'Filen er tom. Første rad skal være overskrifter, og hver rad under et tiltak.',
    'import.file-unreadable': 'Kunne ikke lese {{file}}. {{reason}}',
    'import.file-not-xlsx':
      'Kunne ikke lese {{file}} som et Excel-ark (.xlsx). Lagre arket på nytt i Excel, eller lagre det som CSV.',
    'import.file-old-xls':
      '{{file}} er i det gamle Excel-formatet (.xls). Lagre arket som .xlsx eller CSV og prøv igjen.',
    'import.file-looks-like-xlsx': '{{file}} ser ut som et Excel-ark. Gi filen endelsen .xlsx og prøv igjen.',
    'import.file-type-unsupported':
      'Planhjulet kan importere tiltak fra CSV- og Excel-filer (.csv, .xlsx), ikke {{file}}.',
    'import.row-above-header': 'Raden står over overskriftsraden og blir ikke importert.',
    'import.column-ignored': 'Kolonnen «{{name}}» er ikke en tiltakskolonne og blir ikke importert.',
    'import.column-twice':
      'Kolonnen «{{column}}» finnes to ganger (som «{{first}}» og «{{second}}»). Slett eller gi nytt navn til den ene.',
    'import.title-column-missing':
      'Fant ikke kolonnen «Tiltak». Første rad må være overskrifter, for eksempel: {{columns}}.',
    'import.no-measures': 'Filen har ingen tiltak under overskriftsraden.',
    'import.too-many-rows': 'Filen har {{count}} rader; del den opp i filer med høyst {{max}}.',
    'import.focus-area-number-missing':
      'Satsingsområde {{number}} finnes ikke; planen har {{count}}. Skriv tittelen på satsingsområdet i stedet.',
    'import.title-empty': 'Kolonnen «Tiltak» er tom. Skriv hva tiltaket går ut på, eller slett raden.',
    'import.no-focus-area': 'Raden har ikke noe satsingsområde og legges i «{{area}}».',
    'import.date-invalid':
      '{{column}} «{{value}}» er ikke en gyldig dato. Skriv datoen som 2026-03-31 eller 31.03.2026.',
    'import.period-not-years':
      'Tidsrom «{{value}}» er ikke et årstall. Skriv for eksempel 2026 eller 2026-2029.',
    'import.period-reversed': 'Tidsrom «{{value}}» slutter før det begynner.',
    'import.status-unknown': 'Status «{{value}}» finnes ikke. Bruk en av disse: {{statuses}}.',
    'import.start-after-deadline': 'Start {{start}} er etter fristen {{deadline}}. Rett en av datoene.',
    'import.reason-required': 'Status «{{status}}» krever en begrunnelse. Skriv den i kolonnen «Kommentar».',
    'import.funding-unknown':
      '«{{value}}» er ikke en finansiering Planhjulet kjenner. Skriv en av disse: {{kinds}}.',
    'import.grant-without-grant-funding':
      'Kolonnene «Tilskuddsordning» og «Tilskudd til» gjelder tiltak med finansiering «Tilskudd», men raden sier «{{funding}}».',
    'import.comment-without-status':
      'Kolonnen «Kommentar» brukes sammen med «Status». Fyll inn statusen, eller flytt teksten til «Beskrivelse».',
    'import.field-invalid': '{{column}}: {{problem}}',
    'import.unit-name-too-long': 'Enhetsnavnet som begynner «{{start}}…» er for langt (høyst {{max}} tegn).',
    'import.title-twice-in-file': 'Tiltaket «{{title}}» står også på linje {{line}} i samme satsingsområde.',
    'import.title-already-in-plan':
      'Tiltaket «{{title}}» finnes allerede i satsingsområdet «{{area}}». Er filen importert før?',
  },
  nn: {
    'import.at-line': 'linje {{line}}: {{problem}}',
    'import.rows-refused':
      'Ingen tiltak vart importerte: {{count}} rader i {{fileName}} har feil. Rett radene og prøv igjen.',
    'import.rows-refused.one':
      'Ingen tiltak vart importerte: éi rad i {{fileName}} har feil. Rett rada og prøv igjen.',
    'import.file-refused': 'Ingen tiltak vart importerte frå {{fileName}}. {{problem}}',
    'import.file-empty': 'Fila er tom. Første rad skal vere overskrifter, og kvar rad under eit tiltak.',
    'import.file-unreadable': 'Kunne ikkje lese {{file}}. {{reason}}',
    'import.file-not-xlsx':
      'Kunne ikkje lese {{file}} som eit Excel-ark (.xlsx). Lagre arket på nytt i Excel, eller lagre det som CSV.',
    'import.file-old-xls':
      '{{file}} er i det gamle Excel-formatet (.xls). Lagre arket som .xlsx eller CSV og prøv igjen.',
    'import.file-looks-like-xlsx': '{{file}} ser ut som eit Excel-ark. Gi fila endinga .xlsx og prøv igjen.',
    'import.file-type-unsupported':
      'Planhjulet kan importere tiltak frå CSV- og Excel-filer (.csv, .xlsx), ikkje {{file}}.',
    'import.row-above-header': 'Rada står over overskriftsrada og blir ikkje importert.',
    'import.column-ignored': 'Kolonnen «{{name}}» er ikkje ein tiltakskolonne og blir ikkje importert.',
    'import.column-twice':
      'Kolonnen «{{column}}» finst to gonger (som «{{first}}» og «{{second}}»). Slett eller gi nytt namn til den eine.',
    'import.title-column-missing':
      'Fann ikkje kolonnen «Tiltak». Første rad må vere overskrifter, til dømes: {{columns}}.',
    'import.no-measures': 'Fila har ingen tiltak under overskriftsrada.',
    'import.too-many-rows': 'Fila har {{count}} rader; del ho opp i filer med høgst {{max}}.',
    'import.focus-area-number-missing':
      'Satsingsområde {{number}} finst ikkje; planen har {{count}}. Skriv tittelen på satsingsområdet i staden.',
    'import.title-empty': 'Kolonnen «Tiltak» er tom. Skriv kva tiltaket går ut på, eller slett rada.',
    'import.no-focus-area': 'Rada har ikkje noko satsingsområde og blir lagd i «{{area}}».',
    'import.date-invalid':
      '{{column}} «{{value}}» er ikkje ein gyldig dato. Skriv datoen som 2026-03-31 eller 31.03.2026.',
    'import.period-not-years':
      'Tidsrom «{{value}}» er ikkje eit årstal. Skriv til dømes 2026 eller 2026-2029.',
    'import.period-reversed': 'Tidsrom «{{value}}» sluttar før det byrjar.',
    'import.status-unknown': 'Status «{{value}}» finst ikkje. Bruk ein av desse: {{statuses}}.',
    'import.start-after-deadline': 'Start {{start}} er etter fristen {{deadline}}. Rett ein av datoane.',
    'import.reason-required': 'Status «{{status}}» krev ei grunngiving. Skriv henne i kolonnen «Kommentar».',
    'import.funding-unknown':
      '«{{value}}» er ikkje ei finansiering Planhjulet kjenner. Skriv ei av desse: {{kinds}}.',
    'import.grant-without-grant-funding':
      'Kolonnane «Tilskuddsordning» og «Tilskudd til» gjeld tiltak med finansiering «Tilskot», men rada seier «{{funding}}».',
    'import.comment-without-status':
      'Kolonnen «Kommentar» blir brukt saman med «Status». Fyll inn statusen, eller flytt teksten til «Beskrivelse».',
    'import.field-invalid': '{{column}}: {{problem}}',
    'import.unit-name-too-long': 'Einingsnamnet som byrjar «{{start}}…» er for langt (høgst {{max}} teikn).',
    'import.title-twice-in-file': 'Tiltaket «{{title}}» står òg på linje {{line}} i same satsingsområde.',
    'import.title-already-in-plan':
      'Tiltaket «{{title}}» finst allereie i satsingsområdet «{{area}}». Er fila importert før?',
  },
  en: {
    'import.at-line': 'line {{line}}: {{problem}}',
    'import.rows-refused':
      'No measures were imported: {{count}} rows in {{fileName}} have errors. Correct the rows and try again.',
    'import.rows-refused.one':
      'No measures were imported: one row in {{fileName}} has errors. Correct the row and try again.',
    'import.file-refused': 'No measures were imported from {{fileName}}. {{problem}}',
    'import.file-empty':
      'The file is empty. The first row should hold the headings, and each row below a measure.',
    'import.file-unreadable': 'Could not read {{file}}. {{reason}}',
    'import.file-not-xlsx':
      'Could not read {{file}} as an Excel sheet (.xlsx). Save the sheet again in Excel, or save it as CSV.',
    'import.file-old-xls':
      '{{file}} is in the old Excel format (.xls). Save the sheet as .xlsx or CSV and try again.',
    'import.file-looks-like-xlsx':
      '{{file}} looks like an Excel sheet. Give the file the extension .xlsx and try again.',
    'import.file-type-unsupported':
      'Planhjulet can import measures from CSV and Excel files (.csv, .xlsx), not {{file}}.',
    'import.row-above-header': 'The row is above the heading row and will not be imported.',
    'import.column-ignored': 'The column “{{name}}” is not a measure column and will not be imported.',
    'import.column-twice':
      'The column “{{column}}” appears twice (as “{{first}}” and “{{second}}”). Delete or rename one of them.',
    'import.title-column-missing':
      'The column “Tiltak” was not found. The first row must hold the headings, for example: {{columns}}.',
    'import.no-measures': 'The file has no measures below the heading row.',
    'import.too-many-rows': 'The file has {{count}} rows; split it into files of at most {{max}}.',
    'import.focus-area-number-missing':
      'Focus area {{number}} does not exist; the plan has {{count}}. Write the title of the focus area instead.',
    'import.title-empty': 'The column “Tiltak” is empty. Write what the measure is about, or delete the row.',
    'import.no-focus-area': 'The row has no focus area and goes into “{{area}}”.',
    'import.date-invalid':
      '{{column}} “{{value}}” is not a valid date. Write the date as 2026-03-31 or 31.03.2026.',
    'import.period-not-years': 'Period “{{value}}” is not a year. Write, for example, 2026 or 2026-2029.',
    'import.period-reversed': 'Period “{{value}}” ends before it begins.',
    'import.status-unknown': 'Status “{{value}}” does not exist. Use one of these: {{statuses}}.',
    'import.start-after-deadline':
      'Start {{start}} is after the deadline {{deadline}}. Correct one of the dates.',
    'import.reason-required': 'Status “{{status}}” needs a reason. Write it in the column “Kommentar”.',
    'import.funding-unknown':
      '«{{value}}» is not a funding kind Planhjulet knows. Write one of these: {{kinds}}.',
    'import.grant-without-grant-funding':
      'The columns «Tilskuddsordning» and «Tilskudd til» apply to measures funded by a grant, but the row says «{{funding}}».',
    'import.comment-without-status':
      'The column “Kommentar” goes with “Status”. Fill in the status, or move the text to “Beskrivelse”.',
    'import.field-invalid': '{{column}}: {{problem}}',
    'import.unit-name-too-long':
      'The unit name starting “{{start}}…” is too long (at most {{max}} characters).',
    'import.title-twice-in-file': 'The measure “{{title}}” is also on line {{line}} in the same focus area.',
    'import.title-already-in-plan':
      'The measure “{{title}}” already exists in the focus area “{{area}}”. Has the file been imported before?',
  },
};

import type { Catalogues } from '../messages/message';

type Key =
  | 'reminder.subject'
  | 'reminder.subject.reminder'
  | 'reminder.greeting'
  | 'reminder.attached'
  | 'reminder.missing'
  | 'reminder.missing-line'
  | 'reminder.deadline'
  | 'reminder.thanks'
  | 'reminder.file-name';

/** The e-mail drafts of a status round: a form to fill in, and a reminder to those who have not answered. */
export const reminderMessages: Catalogues<Key> = {
  nb: {
    'reminder.subject': 'Statusrapport for {{period}}: {{plan}} ({{unit}})',
    'reminder.subject.reminder': 'Påminnelse: statusrapport for {{period}}: {{plan}} ({{unit}})',
    'reminder.greeting': 'Hei!',
    'reminder.attached':
      'Vedlagt er statusskjemaet for {{unit}} for {{period}} i «{{plan}}». Fyll ut de gule feltene for hvert tiltak og send skjemaet tilbake som svar på denne e-posten.',
    'reminder.missing': 'Vi mangler fortsatt status for disse tiltakene:',
    'reminder.missing-line': '– Tiltak {{number}}: {{title}}',
    'reminder.deadline': 'Fristen er {{deadline}}.',
    'reminder.thanks': 'Takk for hjelpen!',
    'reminder.file-name': 'Påminnelse',
  },
  nn: {
    'reminder.subject': 'Statusrapport for {{period}}: {{plan}} ({{unit}})',
    'reminder.subject.reminder': 'Påminning: statusrapport for {{period}}: {{plan}} ({{unit}})',
    'reminder.greeting': 'Hei!',
    'reminder.attached':
      'Vedlagt er statusskjemaet for {{unit}} for {{period}} i «{{plan}}». Fyll ut dei gule felta for kvart tiltak og send skjemaet tilbake som svar på denne e-posten.',
    'reminder.missing': 'Vi manglar framleis status for desse tiltaka:',
    'reminder.missing-line': '– Tiltak {{number}}: {{title}}',
    'reminder.deadline': 'Fristen er {{deadline}}.',
    'reminder.thanks': 'Takk for hjelpa!',
    'reminder.file-name': 'Påminning',
  },
  en: {
    'reminder.subject': 'Status report for {{period}}: {{plan}} ({{unit}})',
    'reminder.subject.reminder': 'Reminder: status report for {{period}}: {{plan}} ({{unit}})',
    'reminder.greeting': 'Hello,',
    'reminder.attached':
      'Attached is the status form for {{unit}} for {{period}} in “{{plan}}”. Please fill in the yellow fields for each measure and send the form back as a reply to this e-mail.',
    'reminder.missing': 'We still have no status for these measures:',
    'reminder.missing-line': '– Measure {{number}}: {{title}}',
    'reminder.deadline': 'The deadline is {{deadline}}.',
    'reminder.thanks': 'Thank you!',
    'reminder.file-name': 'Reminder',
  },
};

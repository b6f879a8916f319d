import type { CliCommand } from '../../command';
import { evaluationExportCommand } from './evaluation';
import { icsExport } from './ics';
import { planExportCommand } from './plan';
import { remindersExport } from './reminders';
import { reportExportCommand } from './report';
import { statusFormsExport } from './status-forms';
import { steeringGoalsExport } from './steering-goals';
import { supervisionExportCommand } from './supervision';
import { wheelExport } from './wheel';

/** The subcommands of `export`; a feature adds its own file here and one line in this list. */
export const exportSubcommands: readonly CliCommand[] = [
  planExportCommand,
  reportExportCommand,
  wheelExport,
  icsExport,
  statusFormsExport,
  evaluationExportCommand,
  remindersExport,
  supervisionExportCommand,
  steeringGoalsExport,
];

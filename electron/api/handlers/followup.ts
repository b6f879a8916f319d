import { join } from 'node:path';
import { format } from 'date-fns/format';
import type { UploadedFile } from '../../../contract/methods/followup';
import { periodLabel } from '../../../core/labels/domainLabels';
import { requireMunicipality } from '../../../core/municipalities/municipalities';
import { formUnitIdsFor, planForMunicipality } from '../../../core/municipalities/scope';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import { statusChecks } from '../../../core/status/checks';
import { applyStatusImport } from '../../../core/status/importApply';
import { statusRound } from '../../../core/status/round';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';
import { refuseOutPath } from '../delivery';
import type { Handlers } from '../handler';
import { revisePlanHandler } from './revise';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function uploadedBytes(file: UploadedFile): Uint8Array {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length === 0) {
    throw new ApiError({ code: 'invalid-input', message: `Filen «${file.name}» er tom.` });
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

function writablePlan(ctx: ApiContext, docId: string) {
  const doc = ctx.documents.get(docId);
  if (doc.plan.lifecycle === 'expired') {
    throw new ApiError({
      code: 'read-only',
      message: 'Planen er utløpt og arkivert, og kan bare leses. Importer status i planen som erstattet den.',
      path: doc.path,
    });
  }
  return doc;
}

async function preview(ctx: ApiContext, docId: string, periodId: string, file: UploadedFile) {
  const { readStatusForm } = await import('../../import/statusForms/readStatusForm');
  return readStatusForm(uploadedBytes(file), file.name, ctx.documents.get(docId).plan, periodId);
}

export const followupHandlers: Handlers<
  | 'status.round'
  | 'status.checks'
  | 'statusForms.export'
  | 'statusForms.preview'
  | 'statusForms.import'
  | 'plan.revise'
> = {
  'status.round': (input, ctx) => {
    const plan = ctx.documents.get(input.docId).plan;
    return statusRound(
      input.municipality ? planForMunicipality(plan, input.municipality) : plan,
      input.periodId,
    );
  },
  'status.checks': (input, ctx) => {
    const asOf = input.asOf ?? format(ctx.now(), 'yyyy-MM-dd');
    return { asOf, findings: statusChecks(ctx.documents.get(input.docId).plan, input.periodId, asOf) };
  },
  'statusForms.export': async (input, ctx) => {
    if (ctx.mode !== 'cli') refuseOutPath(input.outDir);
    const whole = ctx.documents.get(input.docId).plan;
    const municipality = input.municipality ? requireMunicipality(whole, input.municipality) : undefined;
    // One municipality's forms: its measures with its own owners, for its own units (the host's include the shared).
    const plan = municipality ? planForMunicipality(whole, municipality.name) : whole;
    const own = municipality ? formUnitIdsFor(whole, municipality) : undefined;
    const unitIds =
      own && input.unitIds ? input.unitIds.filter((id) => own.includes(id)) : (own ?? input.unitIds);
    const { buildStatusForms } = await import('../../export/statusForms/buildStatusForm');
    const forms = await buildStatusForms(plan, input.periodId, ctx.now(), unitIds);
    if (forms.length === 0) {
      throw new ApiError({
        code: 'invalid-input',
        message: `Ingen tiltak trenger status for ${periodLabel(input.periodId)}${input.unitIds ? ' fra de valgte enhetene' : ''}, så det er ingen skjemaer å lage.`,
      });
    }
    const outgoing = forms.map((form) => ({
      fileName: form.fileName,
      bytes: form.bytes,
      mimeType: XLSX_MIME,
      filter: { name: 'Excel-regneark', extensions: ['xlsx'] },
      ownerOnly: true,
    }));
    const [single] = outgoing;
    // One owner's form: the ordinary save dialog. Several: one folder (or one zip), not a dialog each.
    const files =
      outgoing.length === 1 && single
        ? [await ctx.files.deliver(single, input.outDir ? join(input.outDir, single.fileName) : undefined)]
        : await ctx.files.deliverAll(outgoing, `Statusskjemaer ${input.periodId}.zip`, input.outDir);
    return { files, count: forms.length };
  },
  'statusForms.preview': (input, ctx) => preview(ctx, input.docId, input.periodId, input.file),
  'statusForms.import': async (input, ctx) => {
    const doc = writablePlan(ctx, input.docId);
    const found = await preview(ctx, input.docId, input.periodId, input.file);
    if (found.problems.length > 0) {
      throw new ApiError({
        code: 'invalid-input',
        message: `«${found.fileName}» ble ikke importert fordi skjemaet har ${found.problems.length} feil. Rett dem i skjemaet og prøv igjen. Ingenting er endret.`,
        problems: found.problems.map((p) => ({
          path: p.row === null ? '' : `Rad ${p.row}`,
          message: p.message,
        })),
      });
    }
    const step = newStep([op('status.importForm', { preview: found, choices: input.choices })], ctx.now());
    // The counts come from the same pure function the step runs, on the same plan.
    const { result } = applyStatusImport(doc.plan, found, input.choices, ctx.now());
    return { result, state: ctx.documents.applyOwn(input.docId, step) };
  },
  'plan.revise': revisePlanHandler,
};

import ExcelJS from 'exceljs';
import { steeringGoalRows } from '../../../core/anchoring/anchoringMap';
import type { Plan } from '../../../core/schema/plan';
import { safeText } from '../../../core/text/safeText';
import type { OutgoingFile } from '../outgoingFile';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1E3A5F' } };

const WORDS = {
  nb: {
    sheet: 'Styringsmål',
    number: 'Nr.',
    area: 'Satsingsområde',
    goal: 'Mål',
    code: 'Kode',
    indicators: 'Indikatorer',
    plan: 'Plan',
  },
  nn: {
    sheet: 'Styringsmål',
    number: 'Nr.',
    area: 'Satsingsområde',
    goal: 'Mål',
    code: 'Kode',
    indicators: 'Indikatorar',
    plan: 'Plan',
  },
} as const;

/**
 * The plan's steering goals as a spreadsheet for the budget round: one row per goal marked as a steering goal,
 * with its focus area, its code in the action part or economy plan, and its indicators.
 */
export async function steeringGoalsWorkbook(plan: Plan, language: 'nb' | 'nn'): Promise<Uint8Array> {
  const words = WORDS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planhjulet';
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [
    { key: 'number', width: 6 },
    { key: 'area', width: 32 },
    { key: 'goal', width: 60 },
    { key: 'code', width: 16 },
    { key: 'indicators', width: 40 },
  ];
  sheet.getCell('A1').value = safeText(
    `${words.plan}: ${plan.title} (${plan.municipality.name} ${plan.period.fromYear}–${plan.period.toYear})`,
  );
  sheet.getCell('A1').font = { bold: true };
  const header = sheet.getRow(2);
  header.values = [words.number, words.area, words.goal, words.code, words.indicators];
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  const indicators = new Map(
    plan.focusAreas.flatMap((area) =>
      area.goals.map((g) => [g.id, g.indicators.map((i) => i.name).join('; ')]),
    ),
  );
  for (const row of steeringGoalRows(plan)) {
    const added = sheet.addRow({
      number: row.focusAreaNumber,
      area: safeText(row.focusArea),
      goal: safeText(row.goal),
      code: safeText(row.code),
      indicators: safeText(indicators.get(row.goalId) ?? ''),
    });
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function steeringGoalsFile(plan: Plan, language: 'nb' | 'nn'): Promise<OutgoingFile> {
  const name = `Styringsmål ${plan.municipality.name} ${plan.period.fromYear}-${plan.period.toYear}`
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .slice(0, 80);
  return {
    fileName: `${name}.xlsx`,
    bytes: await steeringGoalsWorkbook(plan, language),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filter: { name: 'Excel-regneark', extensions: ['xlsx'] },
  };
}

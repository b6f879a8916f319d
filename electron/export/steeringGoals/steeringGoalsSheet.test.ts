import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { markSteeringGoal } from '../../../core/anchoring/anchoringMap';
import { addGoal } from '../../../core/plan/goals';
import { samplePlan } from '../../../core/plan/testPlan';
import { steeringGoalsWorkbook } from './steeringGoalsSheet';

describe('the steering goals spreadsheet', () => {
  it('has one row per steering goal with its focus area and code, read back with exceljs', async () => {
    let plan = samplePlan();
    plan = addGoal(plan, plan.focusAreas[0]!.id, 'Alle utsatte får hjelp innen en uke', 'g1').plan;
    plan = addGoal(plan, plan.focusAreas[1]!.id, 'Ikke et styringsmål', 'g2').plan;
    plan = markSteeringGoal(plan, 'g1', 'ØP-4.2');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await steeringGoalsWorkbook(plan, 'nb')).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Styringsmål');
    expect(sheet?.getCell('A1').value).toBe('Plan: Trygg hverdag (Bodø 2026–2029)');
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'Nr.',
      'Satsingsområde',
      'Mål',
      'Kode',
      'Indikatorer',
    ]);
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      1,
      'Hjelp og beskyttelse',
      'Alle utsatte får hjelp innen en uke',
      'ØP-4.2',
      '',
    ]);
    expect(sheet?.rowCount).toBe(3);
  });
});

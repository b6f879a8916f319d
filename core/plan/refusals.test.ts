import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import type { Language } from '../schema/common';
import { PlanOperationError } from './errors';
import { removeFocusArea } from './focusAreas';
import { moveMeasure } from './measures';
import { samplePlan } from './testPlan';
import { addUnit, removeUnit } from './units';

/** The refusal `act` throws, rendered in `language`. */
function refusal(act: () => unknown, language: Language): string {
  try {
    act();
  } catch (error) {
    if (error instanceof PlanOperationError) return formatCoreMessage(error.text, language);
    throw error;
  }
  throw new Error('the operation was not refused');
}

describe('refusals of plan operations', () => {
  it('say why in Bokmål, Nynorsk and English, with the count in the right form', () => {
    const plan = samplePlan();
    const [help, prevent] = plan.focusAreas;
    const removeHelp = () => removeFocusArea(plan, help!.id);
    expect(refusal(removeHelp, 'nb')).toBe(
      'Satsingsområdet har 2 tiltak. Flytt eller slett tiltakene før du sletter satsingsområdet.',
    );
    expect(refusal(removeHelp, 'nn')).toBe(
      'Satsingsområdet har 2 tiltak. Flytt eller slett tiltaka før du slettar satsingsområdet.',
    );
    expect(refusal(removeHelp, 'en')).toBe(
      'The focus area has 2 measures. Move or delete the measures before you delete the focus area.',
    );
    expect(refusal(() => removeFocusArea(plan, prevent!.id), 'en')).toMatch(
      /^The focus area has 1 measure\./,
    );
  });

  it('keep the Bokmål rendering as the error message, and name the thing in every language', () => {
    const plan = samplePlan();
    const twice = () => addUnit(plan, 'nav bodø');
    expect(twice).toThrow('Enheten «nav bodø» finnes allerede');
    expect(refusal(twice, 'nn')).toBe('Eininga «nav bodø» finst allereie');
    expect(refusal(() => removeUnit(plan, plan.units[0]!.id), 'nn')).toMatch(
      /^Eininga er i bruk 2 stader \(/,
    );
    expect(refusal(() => moveMeasure(plan, 'nope', plan.focusAreas[0]!.id, 0), 'en')).toBe(
      'The measure was not found',
    );
  });
});

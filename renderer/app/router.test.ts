import { describe, expect, it } from 'vitest';
import { planPageId, planSubPage } from './router';

describe('plan routes', () => {
  it('name the page and, where there is one, the part of it', () => {
    expect(planPageId('/plan/overview')).toBe('overview');
    expect(planSubPage('/plan/overview')).toBeNull();
    expect(planPageId('/plan/drafting/focus-areas')).toBe('drafting');
    expect(planSubPage('/plan/drafting/focus-areas/')).toBe('focus-areas');
    expect(planPageId('/')).toBeNull();
    expect(planPageId('/plan/drafting/a/b')).toBeNull();
  });
});

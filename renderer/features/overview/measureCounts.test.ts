import { describe, expect, it } from 'vitest';
import { measureCountsByFocusArea } from './measureCounts';

describe('measureCountsByFocusArea', () => {
  it('counts the measures of each focus area and leaves empty ones out', () => {
    const counts = measureCountsByFocusArea({
      measures: [{ focusAreaId: 'a' }, { focusAreaId: 'b' }, { focusAreaId: 'a' }],
    });
    expect(counts.get('a')).toBe(2);
    expect(counts.get('b')).toBe(1);
    expect(counts.get('c')).toBeUndefined();
  });
});

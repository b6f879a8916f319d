import { describe, expect, it } from 'vitest';
import { countsByLight, lightOf } from './statusLights';

describe('status lights', () => {
  it('puts «Gjennomført etter frist» with the completed and «Fast drift» with the measures on track', () => {
    expect(lightOf('done-late')).toBe('blue');
    expect(lightOf('ongoing-operation')).toBe('green');
    expect(lightOf('delayed')).toBe('red');
    expect(lightOf('no-report')).toBe('grey');
  });

  it('sums per-status counts into the five lights', () => {
    expect(
      countsByLight({
        done: 3,
        'done-late': 1,
        'on-track': 5,
        'at-risk': 2,
        delayed: 4,
        stopped: 1,
        'no-report': 2,
      }),
    ).toEqual({ blue: 4, green: 5, yellow: 2, red: 5, grey: 2 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from './chromium';

const saved = process.env.PLANHJULET_CHROMIUM;

afterEach(() => {
  if (saved === undefined) delete process.env.PLANHJULET_CHROMIUM;
  else process.env.PLANHJULET_CHROMIUM = saved;
});

describe('findChromium', () => {
  it('uses PLANHJULET_CHROMIUM when it points to a file', () => {
    process.env.PLANHJULET_CHROMIUM = process.execPath;
    expect(findChromium()).toBe(process.execPath);
  });

  it('says so in one line when PLANHJULET_CHROMIUM points nowhere, instead of skipping', () => {
    process.env.PLANHJULET_CHROMIUM = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow(
      /^PLANHJULET_CHROMIUM points to \/nonexistent\/chromium, which does not exist\.$/,
    );
  });
});

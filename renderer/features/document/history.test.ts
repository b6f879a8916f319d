import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './history';

describe('undo history', () => {
  it('undoes and redoes in order', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('drops what was undone when a new change is recorded', () => {
    let h = record(record(startHistory(1), 2), 3);
    h = record(undo(h), 4);
    expect(h.present).toBe(4);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1, 2]);
  });

  it('keeps at most `limit` steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i += 1) h = record(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });

  it('ignores a change that returns the same value', () => {
    const h = startHistory({ x: 1 });
    expect(record(h, h.present)).toBe(h);
  });
});

import { describe, expect, it } from 'vitest';
import {
  inflatingWorkbook,
  longWorkbook,
  plainWorkbook,
  withDeclaredSizes,
} from './testing/inflatingWorkbook';
import { checkWorkbookLimits, WorkbookTooLargeError } from './workbookLimits';
import { UnreadableZipError } from './zipEntries';

describe('checkWorkbookLimits', () => {
  it('lets a real measure list through', async () => {
    await expect(checkWorkbookLimits(await plainWorkbook())).resolves.toBeUndefined();
  });

  it('refuses a small file that unpacks beyond 50 MB, naming the limit', async () => {
    const bomb = await inflatingWorkbook(60);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(checkWorkbookLimits(bomb)).rejects.toThrow(WorkbookTooLargeError);
    await expect(checkWorkbookLimits(bomb)).rejects.toThrow(/mer enn 50 MB/);
  });

  it('refuses it too when its zip directory lies about the sizes', async () => {
    const liar = withDeclaredSizes(await inflatingWorkbook(60), 1000);
    await expect(checkWorkbookLimits(liar)).rejects.toThrow(/mer enn 50 MB/);
  });

  it('refuses more than 10,000 rows, naming the limit, and takes 10,000', async () => {
    await expect(checkWorkbookLimits(await longWorkbook(10_000))).rejects.toThrow(/mer enn 10\s000 rader/);
    await expect(checkWorkbookLimits(await longWorkbook(9_999))).resolves.toBeUndefined();
  });

  it('says when the bytes are not a zip archive it can read', async () => {
    await expect(checkWorkbookLimits(new TextEncoder().encode('Tiltak;Frist\n'))).rejects.toThrow(
      UnreadableZipError,
    );
    const cut = (await plainWorkbook()).subarray(0, 400);
    await expect(checkWorkbookLimits(cut)).rejects.toThrow(UnreadableZipError);
  });
});

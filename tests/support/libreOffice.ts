import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts a Word document to PDF with LibreOffice headless, in a profile of its own (two conversions sharing a
 * profile can lose a PDF without an error), and returns the PDF's path and page count (from `pdfinfo`).
 */
export async function convertToPdf(
  docx: Uint8Array,
  dir: string,
  name: string,
): Promise<{ pdf: string; pages: number }> {
  const source = join(dir, `${name}.docx`);
  await writeFile(source, docx);
  const profile = join(dir, `lo-${randomBytes(6).toString('hex')}`);
  try {
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        source,
      ],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = join(dir, `${basename(source, '.docx')}.pdf`);
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
  return { pdf, pages };
}

/** The text of a PDF (`pdftotext`), to check that what was written is what LibreOffice laid out. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

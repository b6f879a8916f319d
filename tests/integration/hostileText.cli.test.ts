import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPlanByCli, runCliProcess } from '../support/cli';
import { parseStrictXml } from '../support/strictXml';
import { makeTempDir } from '../support/tempDir';

/** Word's soft line break, a C0 control, NUL and a noncharacter: what pasted text brings along. */
const HOSTILE = 'med\u000bmyk\u0001linje\u0000og\ufffeslutt';

describe('exports of a plan whose titles hold control characters (real CLI processes)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'hostile.planhjul.json');
    await newPlanByCli(plan, temp.dir, { title: 'Plan\u000bmed\u0001tegn', municipality: 'Testby' });
    const file = JSON.parse(await readFile(plan, 'utf8'));
    file.plan.wheelEvents[0].title = `Årsmelding ${HOSTILE}`;
    await writeFile(plan, JSON.stringify(file, null, 2));
  });
  afterAll(() => temp.cleanup());

  it('export plan writes a Word document with the wheel figure instead of «Noe gikk galt»', async () => {
    const out = join(temp.dir, 'plan.docx');
    const result = await runCliProcess(['export', 'plan', plan, '--out', out], temp.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { value: html } = await mammoth.convertToHtml({ path: out });
    expect(html).toContain('Plan<br />medtegn');
    expect(html).toMatch(/<img[^>]+alt="Årshjulet for \d{4}/);
  });

  it('export wheel --out x.svg writes well-formed XML with the cleaned title', async () => {
    const out = join(temp.dir, 'x.svg');
    const result = await runCliProcess(['export', 'wheel', plan, '--year', '2027', '--out', out], temp.dir);
    expect(result.code).toBe(0);
    const elements = parseStrictXml(await readFile(out, 'utf8'));
    const titles = elements.filter((e) => e.name === 'title').map((e) => e.text);
    expect(titles.some((t) => t.endsWith(': Årsmelding med\nmyklinjeogslutt'))).toBe(true);
  });

  it('export ics writes no control characters', async () => {
    const out = join(temp.dir, 'x.ics');
    const result = await runCliProcess(['export', 'ics', plan, '--out', out], temp.dir);
    expect(result.code).toBe(0);
    const text = (await readFile(out, 'utf8')).replace(/\r\n/g, '');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/);
    expect(text).toContain('SUMMARY:Årsmelding med\\nmyklinjeogslutt');
  });
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../core/plan/testPlan';
import { svgToPng } from '../wheel/png';
import { planDocument } from './planDocument';
import { zipParts } from './zipPackage';

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
}

/** The entries of a zip file's central directory, read by hand so the test does not trust a zip library. */
function centralDirectory(zip: Uint8Array): CentralEntry[] {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.length);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
    });
    at += 46 + skip;
  }
  return entries;
}

describe('zipping a Word package', () => {
  it('gives back every part as it was, deflating text and storing pictures', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);
    const xml = `<?xml version="1.0"?><w:document>${'<w:p>Å æ ø</w:p>'.repeat(500)}</w:document>`;
    const zip = zipParts(
      new Map<string, string | Uint8Array>([
        ['word/document.xml', xml],
        ['word/media/image1.png', png],
      ]),
    );
    const entries = centralDirectory(zip);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['word/document.xml', 8],
      ['word/media/image1.png', 0],
    ]);
    expect(entries[0]?.compressedSize).toBeLessThan(Buffer.byteLength(xml) / 10);
    const read = await JSZip.loadAsync(zip);
    expect(await read.file('word/document.xml')?.async('string')).toBe(xml);
    expect(new Uint8Array((await read.file('word/media/image1.png')?.async('uint8array')) ?? [])).toEqual(
      png,
    );
    // JSZip checks the CRC-32 of each part it reads when asked to.
    await expect(JSZip.loadAsync(zip, { checkCRC32: true })).resolves.toBeDefined();
  });

  it('is how a plan document is written: the picture stored, the XML deflated and whole', async () => {
    const picture = svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#1F3864"/></svg>',
    );
    const wheelPng = { bytes: picture, width: 40, height: 20, altText: 'Årshjul', title: 'Årshjul 2027' };
    const bytes = await planDocument(samplePlan(), { language: 'nb', today: '2026-11-20', wheelPng });
    const entries = centralDirectory(bytes);
    const media = entries.filter((e) => e.name.startsWith('word/media/'));
    expect(media.map((e) => [e.method, e.compressedSize])).toEqual([[0, picture.length]]);
    expect(entries.filter((e) => e.name.endsWith('.xml')).every((e) => e.method === 8)).toBe(true);
    const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await read.file('word/document.xml')?.async('string')).toMatch(/^<\?xml[^>]*\?>\s*<w:document/);
    // The picture itself, not the stand-in docx was given.
    const stored = read.file(media[0]?.name ?? '');
    expect(new Uint8Array((await stored?.async('uint8array')) ?? [])).toEqual(picture);
  });
});

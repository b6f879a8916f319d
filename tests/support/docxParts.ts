import { inflateRawSync } from 'node:zlib';

/**
 * Reads the parts of a .docx (a zip file) with Node's own zlib: enough to look at the XML Word reads, without a
 * zip library. Handles stored and deflated entries, which is what Word documents use.
 */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes);
  const endOfDirectory = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('Not a zip file: no end of central directory');
  const entries = buffer.readUInt16LE(endOfDirectory + 10);
  let offset = buffer.readUInt32LE(endOfDirectory + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < entries; i += 1) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('Broken central directory');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localNameLength = buffer.readUInt16LE(localHeader + 26);
    const localExtraLength = buffer.readUInt16LE(localHeader + 28);
    const start = localHeader + 30 + localNameLength + localExtraLength;
    const data = buffer.subarray(start, start + compressedSize);
    const content = method === 0 ? data : inflateRawSync(data);
    if (/\.(xml|rels)$/.test(name)) parts.set(name, content.toString('utf8'));
    else parts.set(name, `[${content.length} bytes]`);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** A part that must be there. */
export function docxPart(bytes: Uint8Array, name: string): string {
  const part = docxParts(bytes).get(name);
  if (part === undefined) throw new Error(`The document has no part ${name}`);
  return part;
}

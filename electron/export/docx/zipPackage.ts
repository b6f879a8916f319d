import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { type Document, Packer } from 'docx';
import { installQuickXml, type XmlFormatter } from './quickXml';

/** The parts of a .docx package by path, in the order they are zipped, as docx's compiler gives them. */
type PackageParts = Map<string, string | Uint8Array>;

interface Compiler {
  compile(document: Document): PackageParts;
  formatter: XmlFormatter;
}

/**
 * docx's packer zips with a DEFLATE written in JavaScript, which spent a tenth of an export compressing the XML
 * and the wheel picture (already compressed: 646 kB deflated to 604 kB for 0.1–0.2 s). Its compiler, which the
 * packer holds, gives the package's parts; this zips them with Node's zlib and stores pictures as they are.
 * The compiler is not part of docx's public API: without it, the packer's own zip is used.
 */
export function compilerOf(packer: unknown): Compiler | undefined {
  const compiler = (packer as { compiler?: Partial<Compiler> }).compiler;
  const usable = typeof compiler?.compile === 'function' && typeof compiler.formatter?.format === 'function';
  return usable ? (compiler as Compiler) : undefined;
}

/** Already compressed formats: deflating them again costs time and saves next to nothing. */
const STORED = /\.(png|jpe?g|gif)$/i;

interface Entry {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A zip file (no zip64: a document's parts are far below 4 GB) of the parts, in their order. */
export function zipParts(parts: PackageParts, now: Date = new Date()): Uint8Array {
  const { time, day } = dosDateTime(now);
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, content] of parts) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const method = STORED.test(path) ? 0 : 8;
    const data = method === 0 ? bytes : deflateRawSync(bytes);
    const name = Buffer.from(path, 'utf8');
    entries.push({ name, method, crc: crc32(bytes), size: bytes.length, data, offset });
    offset += 30 + name.length + data.length;
  }
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = Buffer.alloc(offset + centralSize + 22);
  let at = 0;
  const header = (entry: Entry, central: boolean) => {
    at = out.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, at);
    if (central) at = out.writeUInt16LE(20, at); // made by: version 2.0
    at = out.writeUInt16LE(20, at); // needed to extract: version 2.0
    at = out.writeUInt16LE(0x0800, at); // names in UTF-8
    at = out.writeUInt16LE(entry.method, at);
    at = out.writeUInt16LE(time, at);
    at = out.writeUInt16LE(day, at);
    at = out.writeUInt32LE(entry.crc, at);
    at = out.writeUInt32LE(entry.data.length, at);
    at = out.writeUInt32LE(entry.size, at);
    at = out.writeUInt16LE(entry.name.length, at);
    at = out.writeUInt16LE(0, at); // extra field
    if (central) {
      at = out.writeUInt16LE(0, at); // comment
      at = out.writeUInt16LE(0, at); // disk
      at = out.writeUInt16LE(0, at); // internal attributes
      at = out.writeUInt32LE(0, at); // external attributes
      at = out.writeUInt32LE(entry.offset, at);
    }
    at += entry.name.copy(out, at);
  };
  for (const entry of entries) {
    header(entry, false);
    out.set(entry.data, at);
    at += entry.data.length;
  }
  for (const entry of entries) header(entry, true);
  at = out.writeUInt32LE(0x06054b50, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt32LE(centralSize, at);
  at = out.writeUInt32LE(offset, at);
  out.writeUInt16LE(0, at);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Pictures given to docx as stand-ins, by their stand-in (see `pictureForDocx`). */
const standIns = new Map<string, Uint8Array>();
/** Enough for the pictures of the documents being made at one time; older ones are forgotten. */
const STAND_INS_KEPT = 16;

/**
 * The bytes to hand docx's ImageRun for a picture. docx names each picture by a SHA-1 of its bytes computed
 * in JavaScript, which took a twentieth of a plan export for the two wheel pictures (1.2 MB). It is given a
 * stand-in instead, the picture's SHA-256 from Node's crypto as text, and the picture itself is put in its place
 * when the package is zipped. Without docx's compiler (see `compilerOf`) the picture is given as it is.
 */
export function pictureForDocx(bytes: Uint8Array): Uint8Array {
  if (!compilerOf(Packer)) return bytes;
  const standIn = createHash('sha256').update(bytes).digest('hex');
  standIns.set(standIn, bytes);
  if (standIns.size > STAND_INS_KEPT) standIns.delete(standIns.keys().next().value as string);
  return Buffer.from(standIn, 'latin1');
}

/**
 * The parts with each stand-in in `word/media/` replaced by the picture it stands for. A stand-in whose picture
 * is no longer kept would leave a broken picture in the document, so that is an error, never a quiet result.
 */
function withPictures(parts: PackageParts): PackageParts {
  for (const [path, content] of parts) {
    if (!path.startsWith('word/media/') || typeof content === 'string' || content.length !== 64) continue;
    const standIn = Buffer.from(content).toString('latin1');
    if (!/^[0-9a-f]{64}$/.test(standIn)) continue;
    const picture = standIns.get(standIn);
    if (!picture) throw new Error(`The picture ${path} is no longer kept for packing.`);
    parts.set(path, picture);
  }
  return parts;
}

/** The document as .docx bytes. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const compiler = compilerOf(Packer);
  installQuickXml(compiler);
  if (!compiler) return new Uint8Array(await Packer.toBuffer(document));
  return zipParts(withPictures(compiler.compile(document)));
}

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** A rendered picture: PNG bytes and its size in pixels. */
export interface PngImage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Pictures kept; a plan edited between exports leaves one behind each time, so old ones are removed. */
const KEEP = 12;

/** What else decides the pixels besides the SVG: the renderer's and the fonts' versions. */
function rendererId(): string {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return `resvg ${version('@resvg/resvg-js')}, dejavu ${version('dejavu-fonts-ttf')}`;
}

function sizeOf(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function isPng(bytes: Uint8Array): boolean {
  return (
    bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
  );
}

async function render(svg: string, scale: number): Promise<PngImage> {
  const { renderSvg } = await import('./png');
  const image = renderSvg(svg, scale);
  return { bytes: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/** Removes all but the newest pictures, never the one just kept. */
async function removeOldest(dir: string, kept: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.png'));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(join(dir, name))).mtimeMs })),
  );
  dated.sort((a, b) => Number(b.name === kept) - Number(a.name === kept) || b.time - a.time);
  await Promise.all(dated.slice(KEEP).map(({ name }) => rm(join(dir, name), { force: true })));
}

/**
 * The SVG rendered to PNG at `scale`, from the cache folder when the same picture was rendered before. Drawing
 * the wheel took a quarter of a plan export (resvg loading its fonts, drawing, encoding the PNG) while the
 * wheel of a year rarely changes between exports. The key is a hash of everything that decides the pixels.
 * The pictures show the plan's content, so the folder is the user's alone (0700, files 0600). A cache that
 * cannot be read or written only costs the time of drawing.
 */
export async function cachedPng(svg: string, scale: number, dir: string | undefined): Promise<PngImage> {
  if (!dir) return render(svg, scale);
  const key = createHash('sha256').update(`${rendererId()}\n${scale}\n${svg}`).digest('hex');
  const file = join(dir, `${key}.png`);
  try {
    const bytes = new Uint8Array(await readFile(file));
    if (isPng(bytes)) return { bytes, ...sizeOf(bytes) };
  } catch {
    // Not drawn yet (or unreadable): draw it.
  }
  const image = await render(svg, scale);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, image.bytes, { mode: 0o600 });
    await rename(temporary, file);
    await removeOldest(dir, `${key}.png`);
  } catch {
    // A read-only or full disk: the export goes on without keeping the picture.
  }
  return image;
}

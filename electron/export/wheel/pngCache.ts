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

/** Removes all but the newest files of a kind (`.png`, `.json`), never the one just kept. */
async function removeOldest(dir: string, kept: string): Promise<void> {
  const kind = kept.slice(kept.lastIndexOf('.'));
  const names = (await readdir(dir)).filter((name) => name.endsWith(kind));
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
  const name = `${hashOf(`${rendererId()}\n${scale}\n${svg}`)}.png`;
  const kept = await readPicture(join(dir, name));
  if (kept) return kept;
  const image = await render(svg, scale);
  await keep(dir, name, image.bytes);
  return image;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

const digests = new WeakMap<object, string>();

/**
 * A hash of a value that is never changed once made (a plan: edits make a new one), computed once however many
 * pictures are drawn from it. A plan document draws two wheels from the same plan.
 */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = hashOf(JSON.stringify(value));
    digests.set(value, digest);
  }
  return digest;
}

async function readPicture(file: string): Promise<PngImage | undefined> {
  try {
    const bytes = new Uint8Array(await readFile(file));
    if (isPng(bytes)) return { bytes, ...sizeOf(bytes) };
  } catch {
    // Not drawn yet (or unreadable): draw it.
  }
  return undefined;
}

/** Writes a file of the cache (whole or not at all); a read-only or full disk only means it is not kept. */
async function keep(dir: string, name: string, content: Uint8Array | string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, name);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, content, { mode: 0o600 });
    await rename(temporary, file);
    await removeOldest(dir, name);
  } catch {
    // The export goes on without keeping it.
  }
}

/** A drawing (SVG) and what else its caller needs to know about it (how many events it shows, say). */
export interface Drawing<Facts> {
  svg: string;
  facts: Facts;
}

export interface DrawingKey {
  /** Where pictures are kept; drawn every time without it. */
  dir: string | undefined;
  /**
   * The identity of the code that draws (a build's id). A kept drawing is only as right as the code that drew
   * it, so without one the picture is looked up by its drawing alone, which must then be made every time.
   */
  buildId: string | undefined;
  /** Everything the drawing is made from (JSON), such as the plan, the year, the language and the day. */
  inputs: unknown;
}

/**
 * The picture of a drawing, found by what it is drawn from when the same build drew it before: making the SVG of
 * the annual wheel (the year's events laid out, labels fitted) was a twentieth of a plan export, only to find
 * its picture in the cache. A small file, named by a hash of the inputs, says which picture that was.
 */
export async function cachedDrawing<Facts>(
  draw: () => Drawing<Facts>,
  scale: number,
  key: DrawingKey,
): Promise<PngImage & { facts: Facts }> {
  const { dir, buildId } = key;
  if (!dir || !buildId) {
    const drawing = draw();
    return { ...(await cachedPng(drawing.svg, scale, dir)), facts: drawing.facts };
  }
  const name = `${hashOf(`${rendererId()}\n${buildId}\n${scale}\n${JSON.stringify(key.inputs)}`)}.json`;
  try {
    const found = JSON.parse(await readFile(join(dir, name), 'utf8')) as { picture: string; facts: Facts };
    const picture = /^[0-9a-f]{64}\.png$/.test(found.picture)
      ? await readPicture(join(dir, found.picture))
      : undefined;
    if (picture) return { ...picture, facts: found.facts };
  } catch {
    // Not drawn from these inputs yet: draw.
  }
  const drawing = draw();
  const image = await cachedPng(drawing.svg, scale, dir);
  const picture = `${hashOf(`${rendererId()}\n${scale}\n${drawing.svg}`)}.png`;
  await keep(dir, name, JSON.stringify({ picture, facts: drawing.facts }));
  return { ...image, facts: drawing.facts };
}

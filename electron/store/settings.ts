import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Adapter, Low } from 'lowdb';
import { type RecentPlan, Settings } from '../../contract/methods/app';
import { OWNER_ONLY, writeFileDurably } from './durableWrite';
import { StoreError } from './storeError';
import { settingsFailedMessage } from './storeMessages';

export const MAX_RECENT = 12;

export type SettingsPatch = Partial<Pick<Settings, 'language' | 'lastDirectory'>>;
export type WindowBounds = NonNullable<Settings['window']>;

const WindowSchema = Settings.shape.window.unwrap();

function defaults(): Settings {
  return Settings.parse({});
}

function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  return process.platform === 'win32' ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/**
 * The settings file's adapter: written durably and readable by its owner only (recent plans name files about
 * domestic violence work). Reading goes through `SettingsStore.open`, which checks the file.
 */
class SettingsFile implements Adapter<Settings> {
  constructor(private readonly file: string) {}

  async read(): Promise<Settings | null> {
    throw new Error('Settings are read through SettingsStore.open, which checks them');
  }

  async write(data: Settings): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data, null, 2), { mode: OWNER_ONLY });
  }
}

/**
 * The user's settings in `<dataDir>/settings.json` (language, recent plans, window size), written atomically
 * through lowdb. A file that cannot be read as settings is moved aside (never deleted) and defaults are used.
 */
export class SettingsStore {
  private constructor(
    private readonly dataDir: string,
    private readonly db: Low<Settings>,
    private readonly now: () => Date,
    /** Where a broken settings file was moved, if it was; null otherwise. */
    readonly brokenFileKeptAt: string | null,
    /** False when a broken settings file could not be kept aside: changes then stay in memory only. */
    private readonly writable: boolean,
  ) {}

  static settingsPath(dataDir: string): string {
    return path.join(dataDir, 'settings.json');
  }

  static async open(dataDir: string, options: { now?: () => Date } = {}): Promise<SettingsStore> {
    const now = options.now ?? (() => new Date());
    const file = SettingsStore.settingsPath(dataDir);
    const db = new Low<Settings>(new SettingsFile(file), defaults());
    let text: string | null = null;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    let brokenFileKeptAt: string | null = null;
    let writable = true;
    if (text !== null) {
      const parsed = parseSettings(text);
      if (parsed) db.data = parsed;
      else {
        brokenFileKeptAt = await keepAside(file, now());
        writable = brokenFileKeptAt !== null;
      }
    }
    return new SettingsStore(dataDir, db, now, brokenFileKeptAt, writable);
  }

  get(): Settings {
    return structuredClone(this.db.data);
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    await this.replace(Settings.parse({ ...this.db.data, ...defined }));
    return this.get();
  }

  async addRecent(entry: { path: string; title: string; municipality: string }): Promise<void> {
    const recent = [
      { ...entry, openedAt: this.now().toISOString() },
      ...this.db.data.recent.filter((r) => !samePath(r.path, entry.path)),
    ].slice(0, MAX_RECENT);
    await this.replace({ ...this.db.data, recent });
  }

  async removeRecent(planPath: string): Promise<void> {
    const recent = this.db.data.recent.filter((r) => !samePath(r.path, planPath));
    if (recent.length !== this.db.data.recent.length) await this.replace({ ...this.db.data, recent });
  }

  /** Recent plans, most recently opened first, each marked with whether the file is still there. */
  async listRecent(): Promise<RecentPlan[]> {
    return Promise.all(
      this.db.data.recent.map(async (r) => ({
        path: r.path,
        title: r.title,
        municipality: r.municipality,
        openedAt: r.openedAt,
        exists: await isFile(r.path),
      })),
    );
  }

  /** Remembers the window's size and place; bounds outside what the settings allow are ignored. */
  async setWindow(bounds: WindowBounds): Promise<void> {
    const parsed = WindowSchema.safeParse(bounds);
    if (parsed.success) await this.replace({ ...this.db.data, window: parsed.data });
  }

  private async replace(next: Settings): Promise<void> {
    // Validate before touching db.data, so a rejected change leaves memory as it was.
    const valid = Settings.parse(next);
    this.db.data = valid;
    if (!this.writable) return;
    try {
      await mkdir(this.dataDir, { recursive: true });
      await this.db.write();
    } catch (error) {
      const file = SettingsStore.settingsPath(this.dataDir);
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new StoreError({
        code: 'write-failed',
        message: settingsFailedMessage(file, reason),
        path: file,
      });
    }
  }
}

function parseSettings(text: string): Settings | null {
  try {
    const parsed = Settings.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Moves a broken settings file to `settings.json.broken-<time>` (copying it if it cannot be moved). Returns
 * null if neither works; the store then never writes, so the broken file is not overwritten either.
 */
async function keepAside(file: string, at: Date): Promise<string | null> {
  const target = `${file}.broken-${at.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(file, target);
    return target;
  } catch {
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL);
      return target;
    } catch {
      return null;
    }
  }
}

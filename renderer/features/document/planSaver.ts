import type { SaveState } from '../../../contract/methods/plan';

/** What the user sees about saving. `pending`: changed here, not yet sent; `saving`: on its way to disk. */
export type SaveStatus =
  | { kind: 'saved'; savedAt: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string };

export interface SaverBackend<P> {
  update(plan: P): Promise<SaveState>;
  flush(): Promise<SaveState>;
}

export const SAVE_DELAY_MS = 400;

/**
 * Sends the latest plan to the backend after a pause in editing, one request at a time and never out of
 * order. A failed save keeps the plan and is sent again with the next change or `flush()`.
 */
export class PlanSaver<P> {
  private latest: P | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly backend: SaverBackend<P>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  get hasUnsavedChanges(): boolean {
    return this.latest !== null || this.running !== null;
  }

  schedule(plan: P): void {
    this.latest = plan;
    this.onStatus({ kind: 'pending' });
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, this.delayMs);
  }

  /** Sends what is waiting now without waiting for the pause; resolves when it is on disk or has failed. */
  flush(): Promise<void> {
    this.clearTimer();
    return this.drain();
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private drain(): Promise<void> {
    if (this.running) return this.running;
    if (this.latest === null) return Promise.resolve();
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    while (this.latest !== null) {
      const plan = this.latest;
      this.latest = null;
      this.onStatus({ kind: 'saving' });
      try {
        let state = await this.backend.update(plan);
        if (state.pending && this.latest === null) state = await this.backend.flush();
        if (this.latest === null) this.onStatus({ kind: 'saved', savedAt: state.savedAt });
      } catch (error) {
        this.latest ??= plan;
        this.onStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
  }
}

/**
 * The DesignStore's table of loaded Markdown files, without VS Code (unit-tested). Two rules keep
 * it honest while loads overlap with file events:
 * - a load that throws (a parser overflowing its stack, a file system error) becomes that file's
 *   failure, never a rejected promise someone caches; the next load of the file tries again;
 * - a load that settles after a newer load of the same file, or after the file (or a folder around
 *   it) was deleted, is dropped: a deleted file leaves no phantom finding behind.
 */
import type { LoadedFile, ReadOutcome } from '../core';

export type Failure = (path: string, error: unknown) => ReadOutcome | Promise<ReadOutcome>;

export class LoadedFiles {
  private readonly files = new Map<string, LoadedFile>();
  /** The token of the newest load of each path still in flight. */
  private readonly inFlight = new Map<string, number>();
  private nextToken = 1;

  /** `failure` turns what a load threw into the file's outcome (e.g. an unreadable file). */
  constructor(private readonly failure: Failure) {}

  /**
   * Loads `path` with `read` and records the outcome. Resolves true when the table changed, false
   * when it did not or the result was dropped (overtaken by a newer load or by a delete). Never rejects.
   */
  async load(path: string, read: () => ReadOutcome | Promise<ReadOutcome>): Promise<boolean> {
    const token = this.nextToken++;
    this.inFlight.set(path, token);
    let outcome: ReadOutcome;
    try {
      outcome = await read();
    } catch (error) {
      outcome = await this.failed(path, error);
    }
    if (this.inFlight.get(path) !== token) return false;
    this.inFlight.delete(path);
    const previous = this.files.get(path);
    if (outcome.kind === 'other') {
      if (!previous) return false;
      this.files.delete(path);
    } else this.files.set(path, { path, outcome, explicit: false });
    return true;
  }

  /**
   * Forgets `path` and everything under it (a deleted folder), including loads still in flight.
   * Returns the paths that were in the table.
   */
  forget(path: string): string[] {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const under = (known: string) => known === path || known.startsWith(prefix);
    for (const pending of [...this.inFlight.keys()]) if (under(pending)) this.inFlight.delete(pending);
    const removed = [...this.files.keys()].filter(under);
    for (const known of removed) this.files.delete(known);
    return removed;
  }

  /** Forgets every file and drops every load in flight (a full rescan follows). */
  clear(): void {
    this.files.clear();
    this.inFlight.clear();
  }

  get(path: string): LoadedFile | undefined {
    return this.files.get(path);
  }

  values(): LoadedFile[] {
    return [...this.files.values()];
  }

  private async failed(path: string, error: unknown): Promise<ReadOutcome> {
    try {
      return await this.failure(path, error);
    } catch {
      return { kind: 'unreadable', file: { path, reason: `The file cannot be checked (${describe(error)}).` }, claimsStep: false };
    }
  }
}

/** A parser that recursed until the stack ran out (e.g. 10,000 nested `>` quotes). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

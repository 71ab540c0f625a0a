/**
 * Which design folders the core reads and checks, decided folder by folder while discovery runs.
 *
 * The core's discovery (`forEachDesign`) lists every folder first, then reads and parses one
 * folder's Markdown files at a time. This file system stands between it and the disk: it keeps
 * what each folder listed, and on the first read in a folder asks `decide` what to do with it:
 * - `check`: read and check it as usual (the bytes `decide` already read are handed over, not read twice);
 * - `skip` (`--changed-since`: nothing in it changed) and `cached` (`--cache`: the stored report
 *   still holds): every read there returns an empty file, which the core takes for a file that is
 *   not a step file, so the folder yields no design and nothing in it is parsed.
 * Discovery itself (which folders, which files, in which order) stays the core's.
 */
import { dirname, type DesignFileSystem, type DesignReport, type EntryType } from '../core';

export type FolderPlan =
  | { kind: 'skip' }
  | { kind: 'cached'; report: DesignReport }
  | { kind: 'check'; key?: string; bytes: Map<string, Uint8Array | Error> };

const EMPTY = new Uint8Array(0);

export type Decide = (folder: string, gate: FolderGate) => Promise<FolderPlan>;

export class FolderGate implements DesignFileSystem {
  /** What each folder listed (folder without a trailing slash → its entries), as the core saw it. */
  readonly listings = new Map<string, readonly (readonly [string, EntryType])[]>();
  private readonly pending = new Map<string, Promise<FolderPlan>>();
  /** Plans once decided, by folder. */
  readonly plans = new Map<string, FolderPlan>();

  constructor(
    private readonly inner: DesignFileSystem,
    private readonly decide: Decide,
  ) {}

  stat(path: string): ReturnType<DesignFileSystem['stat']> {
    return this.inner.stat(path);
  }

  async readDirectory(path: string): Promise<[string, EntryType][]> {
    const entries = await this.inner.readDirectory(path);
    // A copy: the core sorts the array it is given.
    this.listings.set(withoutSlash(path), entries.map(([name, type]) => [name, type] as const));
    return entries;
  }

  async readFile(path: string): Promise<Uint8Array> {
    const plan = await this.planFor(dirname(path));
    if (plan.kind !== 'check') return EMPTY;
    const held = plan.bytes.get(path);
    if (held === undefined) return this.inner.readFile(path);
    plan.bytes.delete(path);
    if (held instanceof Error) throw held;
    return held;
  }

  /** Reads a file for `decide`: its bytes, or the error reading it raised (handed to the core in turn). */
  async readForPlan(path: string): Promise<Uint8Array | Error> {
    try {
      return await this.inner.readFile(path);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private planFor(folder: string): Promise<FolderPlan> {
    let plan = this.pending.get(folder);
    if (!plan) {
      plan = this.decide(folder, this).then((decided) => {
        this.plans.set(folder, decided);
        return decided;
      });
      this.pending.set(folder, plan);
    }
    return plan;
  }
}

export function withoutSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * `--cache`: the report of each design, reused while nothing it was made from has changed.
 *
 * A design's entry is keyed by everything its report is computed from: the tool (version and a
 * hash of the running bundle), the configuration (rule levels), the design folder, and the name
 * and content hash of every file discovery reads there (or the error reading it raised). Any
 * changed, added, deleted or renamed file in the folder changes the key, and the design is checked
 * again whole (rules cross files). Folder listings the rules consulted (a linked file elsewhere:
 * listing-deps.ts) are kept beside the key and compared too. So an entry is either exactly right
 * or not used: nothing is ever invalidated by time or guesswork.
 *
 * The file is JSON, written to a temporary file beside it and renamed into place, so a reader
 * never sees half of it. One that cannot be read or is not a cache is set aside with a note on
 * stderr, never a crash; one from another version of the tool is quietly started afresh.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Catalogue, DesignReport, RuleConfig } from '../core';
import { printable } from './printable';
import { isStoredReport, storedReport } from './stored-report';

export const DEFAULT_CACHE_FILE = '.design-check-cache';
const FORMAT = 'design-check-cache';
const FORMAT_VERSION = 2;

interface Entry {
  key: string;
  /** Folder → fingerprint of its listing (listing-deps.ts). */
  deps: Record<string, string>;
  report: DesignReport;
}

interface CacheFile {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  tool: string;
  designs: Record<string, Entry>;
}

export class DesignCache {
  private readonly entries: Map<string, Entry>;
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly tool: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** The cache at `file`; empty when there is none yet, and (with a note) when it cannot be used. */
  static async open(file: string, tool: string, note: (text: string) => void): Promise<DesignCache> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT') note(`cannot read the cache ${file} (${code}); checking without it`);
      return new DesignCache(file, tool, {});
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!isCacheFile(parsed)) {
      note(`${file} is not a design-check cache (or is damaged); checking without it, and writing a new one`);
      return new DesignCache(file, tool, {});
    }
    return new DesignCache(file, tool, parsed.tool === tool ? parsed.designs : {});
  }

  /** The stored report of `folder`, when its key matches and every listing it consulted is unchanged. */
  lookup(folder: string, key: string, fingerprint: (folder: string) => string): DesignReport | undefined {
    const entry = this.entries.get(folder);
    if (!entry || entry.key !== key) return undefined;
    for (const [consulted, print] of Object.entries(entry.deps)) if (fingerprint(consulted) !== print) return undefined;
    return entry.report;
  }

  store(folder: string, key: string, deps: Record<string, string>, report: DesignReport): void {
    this.entries.set(folder, { key, deps, report: storedReport(report) });
    this.changed = true;
  }

  forget(folder: string): void {
    if (this.entries.delete(folder)) this.changed = true;
  }

  /** Writes the cache when anything changed; a failure is a note, not an error of the check. */
  async save(note: (text: string) => void): Promise<void> {
    if (!this.changed) return;
    const content: CacheFile = { format: FORMAT, version: FORMAT_VERSION, tool: this.tool, designs: Object.fromEntries(this.entries) };
    const temporary = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify(content), { flag: 'wx' });
      await rename(temporary, this.file);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      note(`cannot write the cache ${this.file} (${errorCode(error)}); the results are not affected`);
    }
  }
}

/** A design's key (see the top of this file); `files` are the folder's files as [name, bytes or read error]. */
/** `configuration` identifies the catalogue the design is checked with (see `catalogueIdentity`). */
export function designKey(tool: string, rules: RuleConfig, folder: string, files: readonly [string, Uint8Array | Error, boolean][], configuration = ''): string {
  const hash = createHash('sha256');
  const sortedRules = Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hash.update(JSON.stringify([FORMAT_VERSION, tool, sortedRules, folder, configuration]));
  for (const [name, content, explicit] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const contentHash = content instanceof Error ? `error:${errorCode(content)}` : createHash('sha256').update(content).digest('hex');
    hash.update(`\0${JSON.stringify([name, contentHash, explicit])}`);
  }
  return hash.digest('base64url');
}

/**
 * The tool's identity in the key: its version and a hash of the running script, so a rebuilt
 * bundle never trusts results of the one before (from the sources, only the entry module is
 * hashed: there, bump the version or delete the cache after changing a rule).
 */
export function toolIdentity(version: string): string {
  try {
    return `${version}+${createHash('sha256').update(readFileSync(__filename)).digest('base64url').slice(0, 16)}`;
  } catch {
    return version;
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return printable(String(error.code));
  return printable(error instanceof Error ? error.message : String(error));
}

function isCacheFile(value: unknown): value is CacheFile {
  if (!isRecord(value) || value.format !== FORMAT || value.version !== FORMAT_VERSION || typeof value.tool !== 'string' || !isRecord(value.designs)) return false;
  return Object.values(value.designs).every(
    (entry) =>
      isRecord(entry) &&
      typeof entry.key === 'string' &&
      isRecord(entry.deps) &&
      Object.values(entry.deps).every((print) => typeof print === 'string') &&
      isStoredReport(entry.report),
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const identities = new WeakMap<Catalogue, string>();

/**
 * The catalogue as part of a cache key: the built-in one by name (the tool's identity covers it),
 * a configured one by its whole content, so an edit to the configuration (or to a file it
 * extends) re-checks the designs it governs.
 */
export function catalogueIdentity(catalogue: Catalogue): string {
  if (!catalogue.source) return catalogue.id;
  let identity = identities.get(catalogue);
  if (identity === undefined) {
    identity = createHash('sha256').update(JSON.stringify(catalogue)).digest('base64url');
    identities.set(catalogue, identity);
  }
  return identity;
}

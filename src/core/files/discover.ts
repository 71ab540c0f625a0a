/** Finds the step files under some paths and groups them into designs. */
import { SEVEN_STEPS } from '../catalogue/builtin';
import type { Catalogue } from '../catalogue/catalogue';
import { groupIntoDesigns, stepFilesOf, type Design, type StepFile, type UnreadableFile } from './design';
import { decodeText, DEFAULT_MAX_FILE_BYTES, utf16Encoding, type DesignFileSystem } from './file-system';
import { FolderListing } from './listing';
import { dirname, joinPath } from './paths';
import { claimsStep, readStepText, type ReadOutcome } from './read-step';

export interface DiscoverOptions {
  maxFileBytes?: number;
  /** Folder names never entered. */
  skipFolders?: readonly string[];
  /** The catalogue of the designs in a folder (see `CatalogueResolver`); the seven steps when not given. */
  catalogueFor?: (folder: string) => Promise<Catalogue>;
}

export interface DiscoveryResult {
  designs: Design[];
  /** Paths that could not be looked at at all (e.g. they do not exist). */
  errors: { path: string; message: string }[];
}

export const DEFAULT_SKIPPED_FOLDERS = ['node_modules', '.git'];
const MARKDOWN = /\.(?:md|markdown)$/i;
const PARALLEL_READS = 16;
interface Candidate {
  path: string;
  explicit: boolean;
}

export async function discoverDesigns(fs: DesignFileSystem, paths: string[], options: DiscoverOptions = {}): Promise<DiscoveryResult> {
  const { candidates, errors, listing } = await collectCandidates(fs, paths, options);
  return { designs: designsFrom(await loadAll(fs, candidates, options), listing), errors };
}

/**
 * `discoverDesigns` one folder at a time: each design is handed to `visit` before the next folder
 * is read, so checking a whole workspace holds one design's parsed files instead of all of them.
 * The designs arrive in the same order and with the same content as from `discoverDesigns`.
 */
export async function forEachDesign(
  fs: DesignFileSystem,
  paths: string[],
  visit: (design: Design) => void | Promise<void>,
  options: DiscoverOptions = {},
): Promise<Pick<DiscoveryResult, 'errors'>> {
  const { candidates, errors, listing } = await collectCandidates(fs, paths, options);
  const byFolder = new Map<string, Candidate[]>();
  for (const candidate of uniqueByPath(candidates)) {
    const folder = dirname(candidate.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), candidate]);
  }
  for (const folder of [...byFolder.keys()].sort((a, b) => a.localeCompare(b))) {
    const catalogue = options.catalogueFor ? await options.catalogueFor(folder) : SEVEN_STEPS;
    for (const design of designsFrom(await loadAll(fs, byFolder.get(folder) ?? [], options), listing, () => catalogue)) await visit(design);
  }
  return { errors };
}

async function collectCandidates(
  fs: DesignFileSystem,
  paths: string[],
  options: DiscoverOptions,
): Promise<{ candidates: Candidate[]; errors: DiscoveryResult['errors']; listing: FolderListing }> {
  const skip = new Set(options.skipFolders ?? DEFAULT_SKIPPED_FOLDERS);
  const errors: DiscoveryResult['errors'] = [];
  const candidates: Candidate[] = [];
  const listing = new FolderListing();
  for (const path of paths) {
    const stat = await fs.stat(path).catch(() => undefined);
    if (!stat) errors.push({ path, message: `${path}: no such file or folder` });
    else if (stat.type === 'directory') await walk(fs, path, skip, candidates, errors, listing);
    else {
      candidates.push({ path, explicit: true });
      await addSiblings(fs, dirname(path), candidates, listing);
    }
  }
  return { candidates, errors, listing };
}

async function loadAll(fs: DesignFileSystem, candidates: Candidate[], options: DiscoverOptions): Promise<LoadedFile[]> {
  const loaded: LoadedFile[] = [];
  await forEachLimited(uniqueByPath(candidates), PARALLEL_READS, async (candidate) => {
    const catalogue = options.catalogueFor ? await options.catalogueFor(dirname(candidate.path)) : SEVEN_STEPS;
    const outcome = await loadMarkdownFile(fs, candidate.path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, catalogue);
    loaded.push({ path: candidate.path, outcome, explicit: candidate.explicit });
  });
  return loaded;
}

export interface LoadedFile {
  path: string;
  outcome: ReadOutcome;
  /** Named by the user rather than found by a search: reported even when it is not a step file. */
  explicit: boolean;
}

/**
 * Groups loaded files into designs. A file that cannot be read is reported when it was named,
 * when it looks like a step file, or when it sits in a design's folder; elsewhere it is ignored.
 * `listing` is what discovery saw of the folders (for rules that ask whether a linked file exists).
 */
export function designsFrom(loaded: LoadedFile[], listing?: FolderListing, catalogueOf?: (folder: string) => Catalogue): Design[] {
  const files: StepFile[] = [];
  const unreadable: (UnreadableFile & { reportable: boolean })[] = [];
  for (const { outcome, explicit } of loaded) {
    if (outcome.kind === 'step') files.push(...stepFilesOf(outcome.file));
    else if (outcome.kind === 'unreadable') unreadable.push({ ...outcome.file, reportable: explicit || outcome.claimsStep });
  }
  const designFolders = new Set(files.map((file) => dirname(file.path)));
  const reported = unreadable.filter((file) => file.reportable || designFolders.has(dirname(file.path)));
  return groupIntoDesigns(files, reported.map(({ path, reason }) => ({ path, reason })), dirname, listing, catalogueOf);
}

export type { ReadOutcome } from './read-step';

/** Reads one Markdown file and says whether it is a step file, unreadable, or something else. */
export async function loadMarkdownFile(fs: DesignFileSystem, path: string, maxBytes: number, catalogue: Catalogue = SEVEN_STEPS): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return { kind: 'unreadable', file: { path, reason: `The file cannot be read (${describeError(error)}). Check its permissions.` }, claimsStep: false };
  }
  const decoded = decodeText(bytes, maxBytes);
  if (!decoded.ok) {
    // Read the head in the file's own encoding, so a UTF-16 step file is known as one.
    const head = new TextDecoder(utf16Encoding(bytes) ?? 'utf-8').decode(bytes.subarray(0, 4096));
    return { kind: 'unreadable', file: { path, reason: decoded.reason }, claimsStep: claimsStep(head) };
  }
  return readStepText(path, decoded.text, catalogue);
}

async function walk(
  fs: DesignFileSystem,
  folder: string,
  skip: Set<string>,
  into: Candidate[],
  errors: DiscoveryResult['errors'],
  listing: FolderListing,
): Promise<void> {
  let entries: [string, string][];
  try {
    entries = await fs.readDirectory(folder);
  } catch (error) {
    errors.push({ path: folder, message: `${folder}: cannot list the folder (${describeError(error)})` });
    return;
  }
  listing.add(folder, entries.map(([name]) => name));
  for (const [name, type] of entries.sort((a, b) => a[0].localeCompare(b[0]))) {
    const path = joinPath(folder, name);
    if (type === 'directory' && !skip.has(name)) await walk(fs, path, skip, into, errors, listing);
    else if (type === 'file' && MARKDOWN.test(name)) into.push({ path, explicit: false });
  }
}

/** A file checked on its own still needs the rest of its design for the cross-step rules. */
async function addSiblings(fs: DesignFileSystem, folder: string, into: Candidate[], listing: FolderListing): Promise<void> {
  const entries = await fs.readDirectory(folder).catch(() => undefined);
  if (!entries) return;
  if (!listing.names(folder)) listing.add(folder, entries.map(([name]) => name));
  for (const [name, type] of entries) {
    if (type === 'file' && MARKDOWN.test(name)) into.push({ path: joinPath(folder, name), explicit: false });
  }
}

function uniqueByPath(candidates: Candidate[]): Candidate[] {
  const byPath = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const known = byPath.get(candidate.path);
    if (!known || candidate.explicit) byPath.set(candidate.path, candidate);
  }
  return [...byPath.values()];
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  });
  await Promise.all(workers);
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}

/** `design-check [paths…]`: find the designs, check them (or reuse or skip some), report, exit. */
import * as path from 'node:path';
import { atLeast, CatalogueResolver, checkDesign, dirname, forEachDesign, joinPath, type DesignReport, type Finding } from '../core';
import { version } from '../../package.json';
import type { CliArgs } from './args';
import { relativeTo, toPosix } from './cli-paths';
import { catalogueIdentity, DEFAULT_CACHE_FILE, DesignCache, designKey, toolIdentity } from './design-cache';
import { FolderGate, type Decide } from './folder-gate';
import { formatGithub } from './format-github';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { changedFolders, GitError, realFolder } from './git-changes';
import type { CliIo } from './io';
import { ListingDeps, listingFingerprint } from './listing-deps';
import { nodeFileSystem } from './node-file-system';
import { printable } from './printable';
import { toCliReport, type CliReport } from './report-model';
import { appendSummary, summaryMarkdown } from './summary-markdown';
import { unlistedFolderFindings, withoutPath } from './unlisted-folders';

/** The files discovery reads in a folder: the core's rule (discover.ts), repeated for the cache key. */
const MARKDOWN = /\.(?:md|markdown)$/i;
/** Files of one folder read at once while deciding whether its cached report holds. */
const PARALLEL_READS = 16;

export async function runCheck(args: CliArgs, io: CliIo): Promise<number> {
  const fs = io.fs ?? nodeFileSystem;
  const note = (text: string) => io.err(`design-check: ${printable(text)}\n`);
  const absolute = args.paths.map((given) => toPosix(path.resolve(io.cwd, given)));
  const stats = await Promise.all(absolute.map((given) => fs.stat(given).catch(() => undefined)));
  // Named paths that are not folders: the core checks them with their design ("explicit" files).
  const explicit = new Set(absolute.filter((_given, index) => stats[index] !== undefined && stats[index]?.type !== 'directory'));

  let changed: Set<string> | undefined;
  if (args.changedSince !== undefined) {
    try {
      changed = await changedFolders(io.cwd, args.changedSince);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      note(error.message.endsWith('.') ? error.message : `${error.message}.`);
      return 2;
    }
  }
  let configFile: string | undefined;
  if (args.config !== undefined) {
    configFile = toPosix(path.resolve(io.cwd, args.config));
    if ((await fs.stat(configFile).catch(() => undefined))?.type !== 'file') {
      note(`--config ${args.config}: there is no such file.`);
      return 2;
    }
  }
  const catalogues = new CatalogueResolver(fs, configFile);
  const tool = args.cache ? toolIdentity(version) : '';
  const cacheFile = path.resolve(io.cwd, args.cacheLocation ?? DEFAULT_CACHE_FILE);
  const cache = args.cache ? await DesignCache.open(cacheFile, tool, note) : undefined;

  const decide: Decide = async (folder, gate) => {
    if (changed && !changed.has(await realFolder(folder))) return { kind: 'skip' };
    const entries = cache && gate.listings.get(folder);
    if (!cache || !entries) return { kind: 'check', bytes: new Map() };
    const names = entries.filter(([name, type]) => type === 'file' && MARKDOWN.test(name)).map(([name]) => joinPath(folder, name));
    const files = [...new Set([...names, ...[...explicit].filter((file) => dirname(file) === folder)])];
    const read: [string, Uint8Array | Error, boolean][] = [];
    for (let start = 0; start < files.length; start += PARALLEL_READS) {
      const batch = files.slice(start, start + PARALLEL_READS);
      read.push(...(await Promise.all(batch.map(async (file) => [file, await gate.readForPlan(file), explicit.has(file)] as [string, Uint8Array | Error, boolean]))));
    }
    const key = designKey(tool, args.rules, folder, read, catalogueIdentity(await catalogues.catalogueFor(folder)));
    const report = cache.lookup(folder, key, (consulted) => listingFingerprint(gate, consulted));
    return report ? { kind: 'cached', report } : { kind: 'check', key, bytes: new Map(read.map(([file, content]) => [file, content])) };
  };
  const gate = changed || cache ? new FolderGate(fs, decide) : undefined;

  // One design at a time: only its findings are kept, not its parsed files (see bench/RESULTS.md).
  const reports: DesignReport[] = [];
  const stored = new Set<string>();
  const discovery = await forEachDesign(gate ?? fs, absolute, (design) => {
    if (!gate || !cache) {
      reports.push(checkDesign(design, { rules: args.rules }));
      return;
    }
    const deps = new ListingDeps(gate);
    const report = checkDesign(deps.watch(design), { rules: args.rules });
    const plan = gate.plans.get(design.folder);
    if (plan?.kind === 'check' && plan.key !== undefined && deps.cacheable) {
      cache.store(design.folder, plan.key, deps.fingerprints(), report);
      stored.add(design.folder);
    }
    reports.push(report);
  }, { catalogueFor: (folder) => catalogues.catalogueFor(folder) });
  if (gate) {
    for (const plan of gate.plans.values()) if (plan.kind === 'cached') reports.push(plan.report);
    reports.sort((a, b) => a.folder.localeCompare(b.folder));
  }
  if (gate && cache) {
    // Entries of folders looked at this run that now hold no design (or one not cached) go; those of folders skipped or not searched stay.
    for (const folder of new Set([...gate.listings.keys(), ...gate.plans.keys()])) {
      const plan = gate.plans.get(folder);
      if (!plan || (plan.kind === 'check' && !stored.has(folder))) cache.forget(folder);
    }
    await cache.save(note);
  }

  // A path named on the command line that cannot be looked at is a usage error; a folder found
  // below it that cannot be listed is reported with the rest (see unlisted-folders.ts).
  const given = new Map(absolute.map((file, index) => [file, args.paths[index] ?? file]));
  const named = discovery.errors.filter((error) => given.has(error.path));
  if (named.length > 0) {
    // Printed with the path as the user typed it.
    for (const error of named) io.err(`design-check: ${printable(given.get(error.path) ?? error.path)}: ${printable(withoutPath(error))}\n`);
    return 2;
  }
  // a file whose folder --changed-since skipped was not looked at, so it may well be a step file
  const looked = [...explicit].filter((file) => gate?.plans.get(dirname(file))?.kind !== 'skip');
  const outsider = explicitOutsideDesigns(looked, reports);
  if (outsider !== undefined) {
    const typed = printable(given.get(outsider) ?? outsider);
    note(`${typed} is not part of a design (its front matter names no step of one). To make a design of it, run: design-check import ${typed}`);
    return 2;
  }
  const relative = (file: string) => relativeTo(io.cwd, file);
  const keep = focusFilter(absolute, new Set(absolute.filter((_given, index) => stats[index]?.type === 'file')));
  const report = toCliReport(reports, relative, keep);
  const outside = unlistedFolderFindings(discovery.errors, args.rules, relative);
  report.findings.push(...outside);
  if (args.changedSince !== undefined) report.changedSince = args.changedSince;
  io.out(render(report, args));
  if (args.summary !== undefined) {
    try {
      await appendSummary(path.resolve(io.cwd, args.summary), summaryMarkdown({ reports, report, keep, relative, outside }));
    } catch (error) {
      const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
      note(`cannot append the summary to ${args.summary} (${code}).`);
      return 2;
    }
  }
  if (args.failOn === 'never') return 0;
  return report.findings.some((finding) => atLeast(finding.severity, args.failOn as Finding['severity'])) ? 1 : 0;
}

/**
 * A file named on the command line that no design holds (no `design-step`, so not a step file):
 * checking it would find nothing and pass, which in CI would hide that it was never checked.
 */
function explicitOutsideDesigns(explicit: readonly string[], reports: readonly DesignReport[]): string | undefined {
  const held = new Set<string>();
  for (const report of reports) {
    for (const step of report.steps) if (step.file !== undefined) held.add(step.file);
    for (const finding of report.findings) held.add(finding.file);
  }
  return explicit.find((file) => !held.has(file));
}

function render(report: CliReport, args: CliArgs): string {
  switch (args.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'sarif':
      return formatSarif(report, version);
    case 'github':
      return formatGithub(report);
    default:
      return formatText(report);
  }
}

/**
 * Files named on the command line are checked with the rest of their design (for the cross-step
 * rules), but only their own findings are reported, unless a folder argument covers the others.
 */
function focusFilter(absolute: string[], files: ReadonlySet<string>): (finding: Finding) => boolean {
  const folders = absolute.filter((given) => !files.has(given)).map((folder) => (folder.endsWith('/') ? folder : `${folder}/`));
  if (files.size === 0) return () => true;
  return (finding) => files.has(finding.file) || folders.some((folder) => finding.file.startsWith(folder));
}

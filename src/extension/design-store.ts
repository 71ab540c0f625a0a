/**
 * The workspace's designs, kept current from file events and editor changes. Each file is parsed
 * once per version; a change re-checks only the design it belongs to.
 */
import * as vscode from 'vscode';
import {
  CatalogueResolver,
  DEFAULT_MAX_FILE_BYTES,
  DocCache,
  SEVEN_STEPS,
  type Catalogue,
  checkDesign,
  designsFrom,
  dirname,
  loadMarkdownFile,
  type Design,
  type DesignReport,
  type ReadOutcome,
  type StepDoc,
} from '../core';
import { LoadedFiles, isStackOverflow } from './loaded-files';
import { ruleConfig } from './settings';
import { toCorePath, toUri } from './uris';
import { workspaceFileSystem } from './workspace-file-system';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const CONFIG_GLOB = '**/.design-docs.{yaml,yml}';
const EXCLUDED_GLOB = '**/{node_modules,.git}/**';
const DEBOUNCE_MS = 300;

export interface DesignSnapshot {
  designs: Design[];
  reports: DesignReport[];
  /** Parsed text of every step file, by core path. */
  docs: ReadonlyMap<string, StepDoc>;
}

export class DesignStore implements vscode.Disposable {
  /** Every Markdown file read so far; a load that throws becomes the file's failure, not a rejection. */
  private readonly loaded = new LoadedFiles((path, error) => this.failure(path, error));
  /** Open documents' parses, by version and text, so a stale parse is never used. */
  private readonly openDocs = new DocCache(DEFAULT_MAX_FILE_BYTES);
  /** Open documents whose parse threw, by version and text, so a slow failure is not repeated on every request. */
  private readonly failedParses = new Map<string, { version: number; text: string; error: unknown }>();
  private readonly reportCache = new Map<string, DesignReport>();
  private readonly dirtyFolders = new Set<string>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private snapshotCache: DesignSnapshot | undefined;
  private ready: Promise<void> | undefined;
  /** Configuration files found so far, and the catalogue each folder resolved to (for synchronous parses). */
  private catalogues = new CatalogueResolver(workspaceFileSystem);
  private readonly folderCatalogues = new Map<string, Catalogue>();

  readonly onDidChange = this.emitter.event;

  /** `log` is the extension's output channel (the tests build stores without one). */
  constructor(private readonly log?: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    const configWatcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    this.disposables.push(
      watcher,
      configWatcher,
      // A saved, added or deleted configuration changes what every file under it means: read them all again.
      configWatcher.onDidCreate(() => void this.configurationChanged()),
      configWatcher.onDidChange(() => void this.configurationChanged()),
      configWatcher.onDidDelete(() => void this.configurationChanged()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (/\/\.design-docs\.ya?ml$/.test(document.uri.path)) void this.configurationChanged();
      }),
      watcher.onDidCreate((uri) => this.schedule(uri)),
      watcher.onDidChange((uri) => this.schedule(uri)),
      watcher.onDidDelete((uri) => void this.forgetIfGone(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isMarkdown(event.document)) this.schedule(event.document.uri);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => isMarkdown(document) && this.schedule(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.openDocs.delete(toCorePath(document.uri));
        this.failedParses.delete(toCorePath(document.uri));
        if (isMarkdown(document)) this.schedule(document.uri);
      }),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => void this.forgetIfGone(uri))),
      vscode.workspace.onDidRenameFiles((event) =>
        event.files.forEach(({ oldUri, newUri }) => {
          this.forget(toCorePath(oldUri));
          void this.rescanFolderOrFile(newUri);
        }),
      ),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('designDocs.rules')) this.invalidateAll();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.ready = undefined;
        void this.whenReady().then(() => this.invalidateAll());
      }),
    );
  }

  /** Finds every Markdown file once; later changes arrive through events. */
  whenReady(): Promise<void> {
    if (!this.ready) {
      const ready: Promise<void> = this.scanWorkspace().catch((error: unknown) => {
        // Never keep a failed scan: the next caller scans again.
        this.log?.error(`could not scan the workspace: ${String(error)}`);
        if (this.ready === ready) this.ready = undefined;
      });
      this.ready = ready;
    }
    return this.ready;
  }

  async snapshot(): Promise<DesignSnapshot> {
    await this.whenReady();
    await this.flushPending();
    if (!this.snapshotCache) this.snapshotCache = this.computeSnapshot();
    return this.snapshotCache;
  }

  /** Re-reads everything, for "Check Design Completeness" and a manual refresh. */
  async rescan(): Promise<DesignSnapshot> {
    this.loaded.clear();
    this.ready = undefined;
    this.invalidateAll(false);
    const snapshot = await this.snapshot();
    // What was read again must reach the diagnostics and the tree even when no file event follows
    // (a watcher event that came before the refresh, or one that is slow on a busy machine).
    this.emitter.fire();
    return snapshot;
  }

  /** The catalogue of the designs in `folder`: the nearest configuration's, else the seven steps. */
  async catalogueFor(folder: string): Promise<Catalogue> {
    const catalogue = await this.catalogues.catalogueFor(folder);
    this.folderCatalogues.set(folder, catalogue);
    return catalogue;
  }

  private configurationTimer: ReturnType<typeof setTimeout> | undefined;

  /** Several events of one save (watcher and save) become one re-read. */
  private configurationChanged(): Promise<void> {
    clearTimeout(this.configurationTimer);
    return new Promise((resolve) => {
      this.configurationTimer = setTimeout(() => {
        this.catalogues = new CatalogueResolver(workspaceFileSystem);
        this.folderCatalogues.clear();
        this.openDocs.clear();
        void this.rescan().then(() => resolve(), () => resolve());
      }, DEBOUNCE_MS);
    });
  }

  /** The parse of an open document at its current version (used by editor features). */
  docFor(document: vscode.TextDocument): StepDoc | undefined {
    let outcome: ReadOutcome;
    try {
      outcome = this.outcomeOf(document);
    } catch (error) {
      // The store keeps the failure (see `load`); an editor feature just has no parse to work with.
      this.log?.warn(`could not parse ${document.uri.toString(true)}: ${String(error)}`);
      return undefined;
    }
    return outcome.kind === 'step' ? outcome.file.doc : undefined;
  }

  /** The steps an open document holds: its parse, or one view per step of a one-file design. */
  stepDocs(document: vscode.TextDocument): StepDoc[] {
    const doc = this.docFor(document);
    if (!doc) return [];
    return doc.parts && doc.parts.length > 0 ? doc.parts : [doc];
  }

  /** The view of `step` in an open document (for a step file, the file itself); the first when it holds no such step. */
  stepDoc(document: vscode.TextDocument, step?: number): StepDoc | undefined {
    const docs = this.stepDocs(document);
    return docs.find((doc) => step === undefined || doc.step === step) ?? (step === undefined ? undefined : docs[0]);
  }

  /** The step of an open document whose part holds `offset` (a one-file design), else its first. */
  stepAt(document: vscode.TextDocument, offset: number): StepDoc | undefined {
    const docs = this.stepDocs(document);
    return docs.find((doc) => doc.part && doc.part.start <= offset && offset < doc.part.end) ?? docs[0];
  }

  private async scanWorkspace(): Promise<void> {
    const started = Date.now();
    const uris = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED_GLOB).then(
      (found) => found,
      (error: unknown) => {
        this.log?.error(`could not list the workspace's Markdown files: ${String(error)}`);
        return [] as vscode.Uri[];
      },
    );
    await Promise.all(uris.map((uri) => this.load(uri)));
    // A snapshot taken while this scan was filling the table (by a caller that was already past
    // `whenReady`) saw only part of it: never serve that one afterwards.
    this.snapshotCache = undefined;
    const outcomes = this.loaded.values().map((file) => file.outcome);
    const steps = outcomes.filter((outcome) => outcome.kind === 'step').length;
    const unreadable = outcomes.filter((outcome) => outcome.kind === 'unreadable').length;
    this.log?.info(`scanned the workspace in ${Date.now() - started} ms: ${uris.length} Markdown files, ${steps} step files${unreadable ? `, ${unreadable} unreadable` : ''}`);
  }

  private async rescanFolderOrFile(uri: vscode.Uri): Promise<void> {
    const stat = await workspaceFileSystem.stat(toCorePath(uri));
    if (stat?.type === 'directory') {
      const inside = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, MARKDOWN_GLOB), EXCLUDED_GLOB);
      await Promise.all(inside.map((file) => this.load(file)));
    } else if (/\.(?:md|markdown)$/i.test(uri.path)) await this.load(uri);
    this.changed();
  }

  /** The parse of an open document; throws what the parser threw (once per version: the failure is kept). */
  private outcomeOf(document: vscode.TextDocument): ReadOutcome {
    const path = toCorePath(document.uri);
    const text = document.getText();
    const failed = this.failedParses.get(path);
    if (failed && failed.version === document.version && failed.text === text) throw failed.error;
    try {
      // Opening a file whose text was already read from disk needs no second parse.
      const catalogue = this.folderCatalogues.get(dirname(path)) ?? SEVEN_STEPS;
      const outcome = this.openDocs.outcome(path, document.version, text, this.loaded.get(path)?.outcome, catalogue);
      this.failedParses.delete(path);
      return outcome;
    } catch (error) {
      this.failedParses.set(path, { version: document.version, text, error });
      throw error;
    }
  }

  /** Reads one file into the table. Never rejects: a failure becomes the file's outcome. */
  private async load(uri: vscode.Uri): Promise<void> {
    const path = toCorePath(uri);
    const changed = await this.loaded.load(path, async () => {
      const catalogue = await this.catalogueFor(dirname(path));
      const open = vscode.workspace.textDocuments.find((document) => toCorePath(document.uri) === path);
      return open ? this.outcomeOf(open) : loadMarkdownFile(workspaceFileSystem, path, DEFAULT_MAX_FILE_BYTES, catalogue);
    });
    if (changed) this.dirtyFolders.add(dirname(path));
  }

  /** A file whose load threw: reported as unreadable, and read again on its next change. */
  private async failure(path: string, error: unknown): Promise<ReadOutcome> {
    this.log?.error(`could not check ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const reason = isStackOverflow(error)
      ? vscode.l10n.t('The file nests too deeply to be checked (for example, thousands of nested > quotes or list levels). Flatten that part of the file.')
      : vscode.l10n.t('The file could not be checked ({0}). Fix the file, or report the problem with the Design Docs log.', error instanceof Error ? error.message : String(error));
    return { kind: 'unreadable', file: { path, reason }, claimsStep: await claimsStep(path) };
  }

  private schedule(uri: vscode.Uri): void {
    if (uri.path.includes('/node_modules/') || uri.path.includes('/.git/')) return;
    const path = toCorePath(uri);
    clearTimeout(this.pending.get(path));
    this.pending.set(
      path,
      setTimeout(() => {
        this.pending.delete(path);
        void this.load(uri).then(() => this.changed());
      }, DEBOUNCE_MS),
    );
  }

  private async flushPending(): Promise<void> {
    const paths = [...this.pending.keys()];
    for (const path of paths) clearTimeout(this.pending.get(path));
    this.pending.clear();
    await Promise.all(paths.map((path) => this.load(toUri(path))));
    // The timers that would have announced these loads are gone: announce them here.
    if (paths.length > 0) this.changed();
  }

  /**
   * A delete event can arrive after the path was made again (a folder removed and re-created, a
   * file replaced): only a path that is really gone is forgotten; one that exists is read again.
   */
  private async forgetIfGone(uri: vscode.Uri): Promise<void> {
    if (await workspaceFileSystem.stat(toCorePath(uri))) await this.rescanFolderOrFile(uri);
    else this.forget(toCorePath(uri));
  }

  /** A deleted file or folder: its entries go, and so do its loads still waiting or in flight. */
  private forget(path: string): void {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const [pending, timer] of [...this.pending]) {
      if (pending === path || pending.startsWith(prefix)) {
        clearTimeout(timer);
        this.pending.delete(pending);
      }
    }
    for (const known of this.loaded.forget(path)) this.dirtyFolders.add(dirname(known));
    this.changed();
  }

  private invalidateAll(notify = true): void {
    this.reportCache.clear();
    this.snapshotCache = undefined;
    if (notify) this.emitter.fire();
  }

  private changed(): void {
    this.snapshotCache = undefined;
    this.emitter.fire();
  }

  private computeSnapshot(): DesignSnapshot {
    const rules = ruleConfig();
    const designs = designsFrom(this.loaded.values(), undefined, (folder) => this.folderCatalogues.get(folder) ?? SEVEN_STEPS);
    const reports: DesignReport[] = [];
    for (const design of designs) {
      const cached = this.reportCache.get(design.folder);
      const report = cached && !this.dirtyFolders.has(design.folder) ? cached : checkDesign(design, { rules });
      this.reportCache.set(design.folder, report);
      reports.push(report);
    }
    this.dirtyFolders.clear();
    const docs = new Map<string, StepDoc>();
    for (const design of designs) for (const file of design.files) docs.set(file.path, file.doc);
    return { designs, reports, docs };
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    clearTimeout(this.configurationTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** Whether the file's front matter names a step, read from its first 4 KB without a Markdown parser. */
async function claimsStep(path: string): Promise<boolean> {
  try {
    const head = new TextDecoder('utf-8').decode((await workspaceFileSystem.readFile(path)).subarray(0, 4096));
    return /^\uFEFF?---\r?\n/.test(head) && /^design-step[ \t]*:/m.test(head);
  } catch {
    return false;
  }
}

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(document.uri.path);
}

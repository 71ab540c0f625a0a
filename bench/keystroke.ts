/**
 * The keystroke path, as the editor runs it: one open document changes version; its parse is
 * replaced (DocCache, keyed by path and version), the designs are regrouped, and only the edited
 * file's design is checked again. Unchanged files keep their parses and their cached findings.
 */
import { checkDesign, designsFrom, dirname, DocCache, type DesignReport, type LoadedFile } from '../src/core';
import type { GeneratedFile } from './generate';
import { interleave, type Limits, type Timing } from './timing';
import { bareParse, grammarParse, loadAll } from './throughput';

/** A workspace as the extension's design store holds it. */
export class EditorModel {
  private readonly cache = new DocCache();
  private readonly loaded = new Map<string, LoadedFile>();
  private readonly reports = new Map<string, DesignReport>();

  /** Closed files come parsed from disk (`loaded`); the open one goes through the DocCache at version 1. */
  constructor(loaded: readonly LoadedFile[], open: GeneratedFile) {
    for (const file of loaded) this.loaded.set(file.path, file);
    this.loaded.set(open.path, { path: open.path, explicit: false, outcome: this.cache.outcome(open.path, 1, open.text) });
    for (const design of designsFrom([...this.loaded.values()])) this.reports.set(design.folder, checkDesign(design));
  }

  get designCount(): number {
    return this.reports.size;
  }

  /** One keystroke: the document at `path` is now `text` at `version`. Returns its design's report. */
  edit(path: string, version: number, text: string): DesignReport {
    this.loaded.set(path, { path, explicit: false, outcome: this.cache.outcome(path, version, text) });
    const folder = dirname(path);
    const design = designsFrom([...this.loaded.values()]).find((candidate) => candidate.folder === folder);
    if (!design) throw new Error(`no design for ${path}`);
    const report = checkDesign(design);
    this.reports.set(folder, report);
    return report;
  }
}

/** Types one character at a time into a paragraph in the middle of the file. */
export class Typist {
  private typed = 0;
  private readonly at: number;

  constructor(private readonly base: string) {
    const middle = base.indexOf('\n\n', Math.floor(base.length / 2));
    const paragraphEnd = base.indexOf('.\n', middle + 2);
    this.at = paragraphEnd > 0 ? paragraphEnd : middle;
  }

  get offset(): number {
    return this.at;
  }

  /** The text after the next keystroke, and its version (the opened document was version 1). */
  next(): { version: number; text: string } {
    this.typed++;
    const word = ' and then some more words are typed'.repeat(Math.ceil(this.typed / 30) + 1).slice(0, this.typed);
    return { version: this.typed + 1, text: this.base.slice(0, this.at) + word + this.base.slice(this.at) };
  }
}

export interface KeystrokeResult {
  small: Timing;
  large: Timing;
  bare: Timing;
  grammar: Timing;
  smallDesigns: number;
  largeDesigns: number;
  editOffset: number;
}

export interface KeystrokeSetup {
  small: EditorModel;
  large: EditorModel;
  big: GeneratedFile;
}

/**
 * Both workspaces as the editor's store holds them: closed files parsed as when read from disk
 * (`loaded`, when the caller has them already), the open one parsed by the DocCache. Untimed.
 */
export function prepareKeystroke(files: readonly GeneratedFile[], big: GeneratedFile, smallDesigns: number, loaded?: readonly LoadedFile[]): KeystrokeSetup {
  const closed = (loaded ?? loadAll(files)).filter((file) => file.path !== big.path);
  const designOf = new Map(files.map((file) => [file.path, file.design]));
  const large = new EditorModel(closed, big);
  const small = new EditorModel(closed.filter((file) => (designOf.get(file.path) ?? Infinity) < smallDesigns), big);
  return { small, large, big };
}

export async function measureKeystroke(setup: KeystrokeSetup, limits: Limits): Promise<KeystrokeResult> {
  const { small, large, big } = setup;
  const largeTypist = new Typist(big.text);
  const smallTypist = new Typist(big.text);
  let current = big.text;
  const [smallTiming, largeTiming, bare, grammar] = await interleave(
    [
      {
        name: `re-check, ${small.designCount} designs`,
        run: () => {
          const next = smallTypist.next();
          return small.edit(big.path, next.version, next.text);
        },
      },
      {
        name: `re-check, ${large.designCount} designs`,
        run: () => {
          const next = largeTypist.next();
          current = next.text;
          return large.edit(big.path, next.version, next.text);
        },
      },
      { name: 'bare remark-parse of the file', run: () => bareParse(current) },
      { name: 'remark-parse + gfm + frontmatter of the file', run: () => grammarParse(current) },
    ],
    limits,
    1,
  );
  if (!smallTiming || !largeTiming || !bare || !grammar) throw new Error('missing timing');
  return { small: smallTiming, large: largeTiming, bare, grammar, smallDesigns: small.designCount, largeDesigns: large.designCount, editOffset: largeTypist.offset };
}

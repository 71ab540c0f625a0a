/**
 * Parses of open documents, one per path, reused while the document's version is unchanged. The
 * checker caches per-file findings on the parsed document object, so a new version (a new parse)
 * can never be served another version's findings.
 */
import { SEVEN_STEPS } from '../catalogue/builtin';
import type { Catalogue } from '../catalogue/catalogue';
import { DEFAULT_MAX_FILE_BYTES } from './file-system';
import { claimsStep, readStepText, type ReadOutcome } from './read-step';

interface Entry {
  version: number;
  text: string;
  catalogue: Catalogue;
  outcome: ReadOutcome;
}

export class DocCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxChars = DEFAULT_MAX_FILE_BYTES) {}

  /**
   * The outcome for `text` at `version`, parsed only when either changed. The text is compared
   * too (a cheap check next to a parse), because editors restart versions when a file is reopened,
   * and so is the catalogue (a saved configuration file changes what the same text means).
   */
  outcome(path: string, version: number, text: string, known?: ReadOutcome, catalogue: Catalogue = SEVEN_STEPS): ReadOutcome {
    const cached = this.entries.get(path);
    if (cached && cached.version === version && cached.text === text && cached.catalogue === catalogue) return cached.outcome;
    // A parse of the same text made elsewhere (e.g. when the file was read from disk) is reused.
    const outcome = known?.kind === 'step' && known.file.doc.text === text && known.file.doc.catalogue === catalogue ? known : this.read(path, text, catalogue);
    this.entries.set(path, { version, text, catalogue, outcome });
    return outcome;
  }

  delete(path: string): void {
    this.entries.delete(path);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private read(path: string, text: string, catalogue: Catalogue): ReadOutcome {
    if (text.length > this.maxChars) {
      const head = text.slice(0, 4096);
      return {
        kind: 'unreadable',
        file: { path, reason: `The file is too large to check (over ${Math.floor(this.maxChars / 1024 / 1024)} MB). Split it into smaller files.` },
        claimsStep: claimsStep(head),
      };
    }
    return readStepText(path, text, catalogue);
  }
}

/** The little file access the core needs; Node's fs backs it in the CLI, `workspace.fs` in the editor. */

export type EntryType = 'file' | 'directory' | 'other';

export interface DesignFileSystem {
  /** undefined when nothing is there. */
  stat(path: string): Promise<{ type: EntryType; size: number } | undefined>;
  readDirectory(path: string): Promise<[name: string, type: EntryType][]>;
  readFile(path: string): Promise<Uint8Array>;
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes → text, refusing binary and non-UTF-8 content with a reason a user can act on. */
export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodedText {
  if (bytes.byteLength > maxBytes) {
    const megabytes = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      reason: `The file is ${megabytes} MB, more than the ${(maxBytes / 1024 / 1024).toFixed(0)} MB a step file may have to be checked. Split it, or move large content such as data dumps out of it.`,
    };
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    return { ok: false, reason: 'The file is not text (it contains NUL bytes). A step file must be UTF-8 Markdown.' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'The file is not valid UTF-8. Save it as UTF-8 so it can be checked.' };
  }
}

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
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return { ok: false, reason: `The file is UTF-16 text (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian). Save it as UTF-8 so it can be checked.` };
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

/** 'utf-16le' or 'utf-16be' when the bytes start with that byte order mark; undefined otherwise. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

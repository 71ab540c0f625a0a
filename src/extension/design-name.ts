/**
 * The name of a new design and the folder it becomes, checked without VS Code (unit-tested). The
 * problems come back as data; new-design.ts turns them into localized messages.
 */
import { trimEndOf } from '../core';

/** A folder name may take this many bytes (UTF-8): the limit of ext4, APFS, NTFS and most others. */
export const MAX_FOLDER_BYTES = 255;
/** A name may take this many characters (the folder may still be too long: see MAX_FOLDER_BYTES). */
export const MAX_NAME_CHARS = 100;

export type DesignNameProblem =
  | { kind: 'empty' }
  | { kind: 'separator' }
  | { kind: 'no-letter-or-digit' }
  | { kind: 'too-many-characters'; max: number }
  | { kind: 'folder-too-long'; bytes: number; max: number }
  | { kind: 'reserved'; name: string };

/** "My Design!" → "my-design". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  return trimEndOf(slug.replace(/^-+/, ''), /-/);
}

/** The folder a design named `name` is created in (inside the designs root). */
export function designFolderName(name: string): string {
  return slugify(name.trim());
}

/**
 * Windows refuses these names for a file or folder, in any case and with any extension
 * (`CON`, `nul`, `com1`, `LPT9`, `con.txt`, `aux.tar.gz`), also with trailing dots or spaces.
 */
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?[. ]*$/i;

export function isReservedName(name: string): boolean {
  return RESERVED.test(name.trim());
}

/** What is wrong with `name` as the name of a new design, or undefined when it can be used. */
export function designNameProblem(name: string): DesignNameProblem | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/[/\\]/.test(trimmed)) return { kind: 'separator' };
  const folder = designFolderName(trimmed);
  if (folder === '') return { kind: 'no-letter-or-digit' };
  if (isReservedName(trimmed)) return { kind: 'reserved', name: trimmed };
  if (isReservedName(folder)) return { kind: 'reserved', name: folder };
  if ([...trimmed].length > MAX_NAME_CHARS) return { kind: 'too-many-characters', max: MAX_NAME_CHARS };
  // A name of 100 characters can still make a longer folder name: NFKD spells some characters out
  // in many letters (U+FDFD is 18), and most letters outside ASCII take 2 to 4 bytes each.
  const bytes = new TextEncoder().encode(folder).length;
  if (bytes > MAX_FOLDER_BYTES) return { kind: 'folder-too-long', bytes, max: MAX_FOLDER_BYTES };
  return undefined;
}

/**
 * Writing `--assemble -o <file>` without harming what is already there: a step file of the design
 * is never replaced, an existing file only with --force, and a folder or a symbolic link at the
 * path never (the link is not followed). The write itself cannot replace a file that appeared in
 * the meantime: without --force the file is created exclusively, with --force the text goes to a
 * temporary file beside it that is then renamed over it, so no reader ever sees half a document.
 */
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { toPosix } from './cli-paths';

export interface OutputTarget {
  /** The absolute path to write. */
  file: string;
  /** The files of the design being assembled: never replaced, not even with --force. */
  designFiles: readonly string[];
  force: boolean;
  /** The option that chooses the path, named in the refusals (default `-o`). */
  pathOption?: string;
}

/** Why the output may not be written there, as the end of a sentence that starts with its path; undefined when it may. */
export async function refusal(target: OutputTarget): Promise<string | undefined> {
  const existing = await lstatOrUndefined(target.file);
  if (!existing) return undefined;
  const option = target.pathOption ?? '-o';
  if (existing.isSymbolicLink()) return `is a symbolic link, and design-check does not write through links; choose another path with ${option}`;
  if (existing.isDirectory()) return `is a folder; name a file with ${option}, such as design.md`;
  if (await isDesignFile(target.file, existing, target.designFiles)) {
    return `is a step file of the design being assembled and is never replaced (not even with --force); choose another path with ${option}`;
  }
  if (!existing.isFile()) return `exists and is not a regular file; choose another path with ${option}`;
  if (!target.force) return `already exists; pass --force to replace it, or choose another path with ${option}`;
  return undefined;
}

/** Writes `text` to the target (see the top of this file); a failure leaves no partial file behind. */
export async function writeOutput(target: OutputTarget, text: string): Promise<void> {
  await mkdir(path.dirname(target.file), { recursive: true });
  if (!target.force) {
    await writeNew(target.file, text);
    return;
  }
  const temporary = path.join(path.dirname(target.file), `.${path.basename(target.file)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeNew(temporary, text);
  try {
    await rename(temporary, target.file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Creates `file`, failing with EEXIST if anything (a link included) is already there; removes it again if writing fails. */
async function writeNew(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw error;
  }
}

/** By path, and by identity too: the same file reached through another spelling or a hard link. */
async function isDesignFile(file: string, stat: Stats, designFiles: readonly string[]): Promise<boolean> {
  const posix = toPosix(file);
  for (const designFile of designFiles) {
    if (designFile === posix) return true;
    const other = await lstatOrUndefined(designFile);
    if (other && other.ino === stat.ino && other.dev === stat.dev) return true;
  }
  return false;
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file);
  } catch {
    return undefined;
  }
}

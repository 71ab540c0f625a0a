/**
 * What discovery saw of the folders it walked: the names in each folder it listed. Rules need to
 * know whether a linked file exists, and must not do I/O (the check is pure and runs in a browser),
 * so discovery keeps the listings it made anyway. Only what was listed is known: a path in a
 * folder nobody listed (outside the paths the user named, a skipped `node_modules`) is unknown,
 * never "missing".
 */
import { dirname } from './paths';

export class FolderListing {
  private readonly folders = new Map<string, ReadonlySet<string>>();

  /** Records the names found in `folder` (files, folders and anything else). */
  add(folder: string, names: Iterable<string>): void {
    this.folders.set(withoutSlash(folder), new Set(names));
  }

  /**
   * True when `path` was listed, false when a listed folder on its way lacks it, undefined when
   * nothing listed can tell (no folder above it was listed, or one on its way was not entered).
   */
  exists(path: string): boolean | undefined {
    let child = withoutSlash(path);
    for (let folder = dirname(child); ; child = folder, folder = dirname(folder)) {
      const names = this.folders.get(folder);
      if (names) {
        if (!names.has(child.slice(child.lastIndexOf('/') + 1))) return false;
        // Present, but only a listed folder tells what is inside it.
        return child === withoutSlash(path) ? true : undefined;
      }
      if (folder === child || folder === '.' || folder === '/' || folder === '') return undefined;
    }
  }

  /** The names in `folder`, when it was listed. */
  names(folder: string): ReadonlySet<string> | undefined {
    return this.folders.get(withoutSlash(folder));
  }
}

function withoutSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Paths as the CLI prints them: forward slashes, relative to the working folder. */
import * as path from 'node:path';

export function relativeTo(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return toPosix(relative === '' ? '.' : relative);
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

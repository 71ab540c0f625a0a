/** Forward-slash path helpers, so the core needs no `path` module and runs in a browser. */

export function joinPath(folder: string, name: string): string {
  if (folder === '' || folder === '.') return name;
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}

/** `path` without its trailing slashes (a loop: `/\/+$/` is quadratic on a long run of slashes). */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

export function dirname(path: string): string {
  const cut = withoutTrailingSlashes(path).lastIndexOf('/');
  if (cut < 0) return '.';
  return cut === 0 ? '/' : path.slice(0, cut);
}

export function basename(path: string): string {
  const trimmed = withoutTrailingSlashes(path);
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/**
 * A workspace-relative folder from a setting, as '/'-separated segments, or undefined when it
 * would leave the workspace (absolute, a drive letter, or a `..` segment). Workspace settings can
 * come from an untrusted repository, so they must not choose where files are written outside it.
 */
export function workspaceRelativeSegments(setting: string): string[] | undefined {
  const normalized = setting.trim().replace(/\\/g, '/');
  if (normalized === '' || normalized.startsWith('/') || /^[a-zA-Z]:/.test(normalized)) return undefined;
  const segments = normalized.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0 || segments.some((segment) => segment === '..')) return undefined;
  return segments;
}

/** `/`, a drive (`C:/`) or `scheme://authority/`: the part of a path `..` never climbs above. */
const PATH_ROOT = /^(?:[a-zA-Z][\w+.-]*:\/\/[^/]*\/?|[a-zA-Z]:\/?|\/)/;

/**
 * `relative` (a decoded, '/'-separated link path) seen from `folder`, with `.` and `..` folded;
 * undefined when `..` would climb above the folder's root (or above a relative folder's start).
 */
export function resolvePath(folder: string, relative: string): string | undefined {
  const root = PATH_ROOT.exec(folder)?.[0] ?? '';
  const segments = folder.slice(root.length).split('/').filter((segment) => segment !== '' && segment !== '.');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.pop() === undefined) return undefined;
  }
  const path = root + segments.join('/');
  return path === '' ? '.' : path;
}

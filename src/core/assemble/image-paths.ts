/** Relative image links of a design, as seen from a page written somewhere else. */
import { withoutTrailingSlashes } from '../files/paths';
import { isRemoteUrl } from './render';

/** Drops `.` and folds `..` into the segment before it. */
function normalize(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out;
}

/**
 * `src` (relative to `designFolder`) as a link from a page in `outputFolder`. Both folders are
 * '/'-separated paths of one kind: plain paths in the CLI, `scheme://authority/path` in the editor.
 * Remote, absolute, fragment-only and undecodable links are returned as they are.
 */
export function rebaseImageSrc(src: string, designFolder: string, outputFolder: string): string {
  if (isRemoteUrl(src) || src.startsWith('/') || src.startsWith('#') || /^[a-z][\w+.-]*:/i.test(src)) return src;
  const cut = src.search(/[?#]/);
  const pathPart = cut < 0 ? src : src.slice(0, cut);
  const suffix = cut < 0 ? '' : src.slice(cut);
  let decoded: string;
  try {
    decoded = decodeURI(pathPart);
  } catch {
    return src;
  }
  const target = normalize([...withoutTrailingSlashes(designFolder).split('/'), ...decoded.split('/')]);
  const from = normalize(withoutTrailingSlashes(outputFolder).split('/'));
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  const relative = [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/');
  return encodeURI(relative === '' ? '.' : relative) + suffix;
}

import type { Design, StepFile } from '../files/design';
import { basename, dirname, resolvePath } from '../files/paths';
import { fileLinks, findInDestination, type LinkTarget } from '../markdown/links';
import type { StepDoc } from '../markdown/parse';
import type { Fix } from '../types';
import type { DesignRule } from './rule';
import { nearestAnchor, nearestName } from './support/links';

/**
 * Pointers of a design's step files (relative links with a `#anchor`): the Markdown file must
 * exist and the anchor must name a heading of the step file it points into, so a section may point
 * to where its content lives. Images and plain file links are not checked. Existence is
 * asked of the design's files and of the folder listing discovery made, never of the disk: a path no
 * listed folder covers (outside the paths the user named) is unknown and not reported.
 */
export const brokenLink: DesignRule = {
  id: 'broken-link',
  defaultSeverity: 'warning',
  description: 'A link to a heading of the design points to a file or heading that does not exist.',
  accepts:
    'a pointer — a relative link with a `#anchor` — in a step file names a Markdown file that does not exist, or no heading of the step file it points into (GitHub anchors: `notes-1` for a second "Notes"; HTML `id`s count too), with a fix to the nearest heading or file name. Web, `mailto:` and absolute links, links in code, anchors into files that are not step files, and folders the check did not list are not checked; a reference-style link is reported at its definition',
  fixAll: false,
  scope: 'design',
  check({ design, report }) {
    const steps = new Map(design.files.map((file) => [file.path, file]));
    for (const file of design.files) {
      // A suggestion compares the name with every heading or file name: the comparisons are
      // bounded per file, so thousands of broken links still check fast (the rest get none).
      let comparisons = 0;
      const suggest = (candidates: number) => (comparisons += candidates) <= MAX_COMPARISONS_PER_FILE;
      const context: LinkContext = { design, steps, file, suggest };
      for (const link of fileLinks(file.doc).links) {
        const problem = linkProblem(context, link);
        if (problem) report(file.path, problem.message, link.range, problem.fix, artifactAt(file.doc, link.range.start));
      }
    }
  },
};

const MAX_COMPARISONS_PER_FILE = 20_000;

interface LinkContext {
  design: Design;
  steps: ReadonlyMap<string, StepFile>;
  file: StepFile;
  /** Whether a suggestion among `candidates` names may still be looked for in this file. */
  suggest(candidates: number): boolean;
}

interface Problem {
  message: string;
  fix?: Fix;
}

/** A scheme (`https:`, `mailto:`, `C:`) or a leading `/`: not a path relative to the file. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

function linkProblem(context: LinkContext, link: LinkTarget): Problem | undefined {
  const { design, steps, file } = context;
  if (link.url === '' || NOT_RELATIVE.test(link.url)) return undefined;
  const hash = link.url.indexOf('#');
  const rawPath = (hash < 0 ? link.url : link.url.slice(0, hash)).replace(/\?.*$/, '');
  const path = decoded(rawPath);
  const target = path === '' ? file.path : resolvePath(dirname(file.path), path);
  if (target === undefined) return undefined;
  const targetFile = steps.get(target);
  if (!targetFile) {
    if (design.unreadable.some((unreadable) => unreadable.path === target)) return undefined;
    // Only pointers (a `#heading` in a Markdown file) are this rule's business: an image or a plain
    // file link that is missing is the repository's concern, and the editor cannot list folders.
    const pointer = hash >= 0 && /\.(?:md|markdown)$/i.test(target);
    return pointer && design.listing?.exists(target) === false ? missingFile(context, link, target, rawPath, path) : undefined;
  }
  if (hash < 0 || link.kind === 'image') return undefined;
  const rawFragment = link.url.slice(hash + 1);
  const fragment = decoded(rawFragment);
  // `#` alone and `#top` go to the top of the page.
  if (fragment === '' || fragment === 'top' || fileLinks(targetFile.doc).ids.has(fragment)) return undefined;
  return missingAnchor(context, link, targetFile, { rawPath, rawFragment, fragment });
}

function missingFile({ design, file, suggest }: LinkContext, link: LinkTarget, target: string, rawPath: string, path: string): Problem {
  const names = design.listing?.names(dirname(target));
  const suggestion = names && suggest(names.size) ? nearestName(basename(target), names) : undefined;
  const message = `The link points to "${path}", which does not exist.`;
  if (!suggestion) return { message: `${message} Correct the path, or remove the link.` };
  const written = path.slice(0, path.length - basename(target).length) + suggestion;
  // Only the last segment changes, as the source spells it (percent-encoded or not).
  const at = findInDestination(file.doc, link, [rawPath, path]);
  const nameLength = at ? at.text.length - at.text.lastIndexOf('/') - 1 : 0;
  return {
    message: `${message} Did you mean "${written}"?`,
    ...(at ? { fix: replaceFix(file, `Link to ${written}`, at.end - nameLength, at.end, encodeName(suggestion)) } : {}),
  };
}

function missingAnchor(
  { design, file, suggest }: LinkContext,
  link: LinkTarget,
  target: StepFile,
  written: { rawPath: string; rawFragment: string; fragment: string },
): Problem {
  const where = target.path === file.path ? 'This file' : `"${basename(target.path)}"`;
  const message = `${where} has no heading with the anchor "#${written.fragment}".`;
  const at = findInDestination(file.doc, link, [`#${written.rawFragment}`, `#${written.fragment}`]);
  const anchors = fileLinks(target.doc).anchors;
  const near = suggest(anchors.length) ? nearestAnchor(written.fragment, anchors) : undefined;
  if (near) {
    return {
      message: `${message} The nearest is "${near.text}" (#${near.id}).`,
      ...(at ? { fix: replaceFix(file, `Change the anchor to #${near.id}`, at.start + 1, at.end, near.id) } : {}),
    };
  }
  // The heading may live in another step file of the design (a document split into steps).
  const elsewhere = design.files.find((other) => other !== target && other.path !== file.path && fileLinks(other.doc).ids.has(written.fragment));
  if (elsewhere) {
    const name = basename(elsewhere.path);
    const heading = fileLinks(elsewhere.doc).anchors.find((anchor) => anchor.id === written.fragment)?.text;
    const pathAt = written.rawPath === '' ? (at && { start: at.start, end: at.start }) : findInDestination(file.doc, link, [written.rawPath, decoded(written.rawPath)]);
    return {
      message: `${message} ${heading ? `The heading "${heading}"` : 'That anchor'} is in ${name}.`,
      ...(pathAt ? { fix: replaceFix(file, `Link to ${name}#${written.fragment}`, pathAt.start, pathAt.end, encodeName(name)) } : {}),
    };
  }
  return { message: `${message} Link to one of its headings, or remove the anchor.` };
}

function replaceFix(file: StepFile, title: string, start: number, end: number, text: string): Fix {
  return { title, edits: [{ kind: 'replace', file: file.path, offset: start, length: end - start, text }] };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A file name as a link destination: spaces and other unsafe characters percent-encoded. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function artifactAt(doc: StepDoc, offset: number): string | undefined {
  return doc.sections.find((section) => section.range.start <= offset && offset < section.range.end)?.artifact?.id;
}

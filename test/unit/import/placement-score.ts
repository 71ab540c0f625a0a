/**
 * How closely an import places a real document's sections where a person placed them by hand.
 * Both sides are read the same way, as step files parsed by the checker: a heading lands in the
 * step of its file and in the artifact of the `##` section holding it (none for a section of its
 * own that names no artifact). A section of the original is found on each side by its heading and
 * the first line under it; a heading the hand conversion renamed or removed, by that first line
 * alone. Sections the hand conversion dropped (generated tables of contents) are not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStepDoc, SEVEN_STEPS } from '../../../src/core';
import { proposePlacement, readImportSource, writeImport, type ImportSource } from '../../../src/core/import';
import { normalizeName } from '../../../src/core/markdown/text';

export interface Landing {
  step: number;
  artifact: string | undefined;
}

interface HeadingSpot extends Landing {
  heading: string;
  firstLine: string;
}

export interface DocScore {
  doc: string;
  counted: number;
  same: number;
  /** Sections the hand conversion does not have (dropped), by heading. */
  skipped: string[];
  differences: { heading: string; hand: Landing; imported: Landing }[];
}

const HEADING_LINE = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

function firstContentLine(lines: readonly string[], from: number): string {
  for (let index = from; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '' || /^<!--.*-->$/.test(line)) continue;
    if (HEADING_LINE.test(line) || /^[-=]{2,}$/.test(line)) return '';
    return normalizeName(line).slice(0, 80);
  }
  return '';
}

/** Every heading of a set of step files with the step and artifact it lands in. */
export function spotsOf(files: readonly { text: string }[]): HeadingSpot[] {
  const spots: HeadingSpot[] = [];
  for (const { text } of files) {
    const doc = parseStepDoc(text);
    if (doc.step === undefined) continue;
    const lines = text.split(/\r?\n/);
    let inFence = false;
    lines.forEach((line, index) => {
      if (/^ {0,3}(```|~~~)/.test(line)) inFence = !inFence;
      const match = inFence ? null : HEADING_LINE.exec(line);
      if (!match) return;
      const offset = doc.lines.lineStart(index);
      const section = doc.sections.find((candidate) => candidate.range.start <= offset && offset < candidate.range.end);
      spots.push({ heading: normalizeName(match[1] ?? ''), firstLine: firstContentLine(lines, index + 1), step: doc.step ?? 0, artifact: section?.artifact?.id });
    });
  }
  return spots;
}

/** Where the section that starts with `heading` and `firstLine` landed: by both, else the first line, else the heading when unique. */
function find(spots: readonly HeadingSpot[], heading: string, firstLine: string, lineSpots: ReadonlyMap<string, Landing>): Landing | undefined {
  const both = spots.find((spot) => spot.heading === heading && spot.firstLine === firstLine);
  if (both) return both;
  if (firstLine !== '' && lineSpots.has(firstLine)) return lineSpots.get(firstLine);
  const byHeading = spots.filter((spot) => spot.heading === heading);
  return byHeading.length === 1 ? byHeading[0] : undefined;
}

/** Where each non-blank line of a set of step files lands (the first time it occurs), for sections whose heading was removed. */
function lineLandings(files: readonly { text: string }[]): Map<string, Landing> {
  const result = new Map<string, Landing>();
  for (const { text } of files) {
    const doc = parseStepDoc(text);
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
      const key = normalizeName(line).slice(0, 80);
      if (key === '' || result.has(key)) return;
      const offset = doc.lines.lineStart(index);
      const section = doc.sections.find((candidate) => candidate.range.start <= offset && offset < candidate.range.end);
      result.set(key, { step: doc.step ?? 0, artifact: section?.artifact?.id });
    });
  }
  return result;
}

export function importPerStep(source: ImportSource, folder: string): { path: string; text: string }[] {
  return writeImport(source, proposePlacement(source, SEVEN_STEPS.steps), SEVEN_STEPS.steps, { layout: 'per-step', sourceFolder: folder, output: folder, fallbackTitle: 'Imported' });
}

export function scoreDocument(docFolder: string): DocScore {
  const original = readFileSync(path.join(docFolder, 'original.md'), 'utf8');
  const converted = readdirSync(path.join(docFolder, 'converted'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ text: readFileSync(path.join(docFolder, 'converted', name), 'utf8') }));
  const source = readImportSource(original);
  const imported = importPerStep(source, docFolder);
  const hand = spotsOf(converted);
  const handLines = lineLandings(converted);
  const mine = spotsOf(imported);
  const mineLines = lineLandings(imported);
  const lines = source.text.split(/\r?\n/);
  const score: DocScore = { doc: path.basename(docFolder), counted: 0, same: 0, skipped: [], differences: [] };
  for (const section of source.sections) {
    if (section.depth === 0) continue;
    const headingLines = source.text.slice(section.headingRange?.start ?? 0, section.headingRange?.end ?? 0).split(/\r?\n/).length;
    const heading = normalizeName(section.heading);
    const firstLine = firstContentLine(lines, section.line - 1 + headingLines);
    const handLanding = find(hand, heading, firstLine, handLines);
    if (!handLanding) {
      score.skipped.push(section.heading);
      continue;
    }
    const myLanding = find(mine, heading, firstLine, mineLines) ?? { step: 0, artifact: undefined };
    score.counted++;
    if (handLanding.step === myLanding.step && handLanding.artifact === myLanding.artifact) score.same++;
    else score.differences.push({ heading: section.heading, hand: { step: handLanding.step, artifact: handLanding.artifact }, imported: { step: myLanding.step, artifact: myLanding.artifact } });
  }
  return score;
}

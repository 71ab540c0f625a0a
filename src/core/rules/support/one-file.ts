/** One-file designs, as the design rules see them: which file claims a step, and where a new step goes. */
import type { StepSpec } from '../../catalogue/step-types';
import type { Design, StepFile } from '../../files/design';
import type { OneFileLayout } from '../../markdown/parse';
import { insertBlockEdit, stepSection } from '../../markdown/templates';
import type { FileEdit } from '../../types';

/** Each one-file design file of the design once, with its parts (views) in file order. */
export function oneFiles(design: Design): { path: string; layout: OneFileLayout; parts: StepFile[] }[] {
  const byLayout = new Map<OneFileLayout, { path: string; layout: OneFileLayout; parts: StepFile[] }>();
  for (const file of design.files) {
    const layout = file.doc.oneFile;
    if (!layout) continue;
    const entry = byLayout.get(layout) ?? { path: file.path, layout, parts: [] };
    if (file.doc.part) entry.parts.push(file);
    byLayout.set(layout, entry);
  }
  for (const entry of byLayout.values()) entry.parts.sort((a, b) => (a.doc.part?.start ?? 0) - (b.doc.part?.start ?? 0));
  return [...byLayout.values()];
}

/**
 * The edits that add `spec`'s `#` heading and artifact templates to a one-file design: after the
 * part of the step before it, else before the part of the step after it, else at the end of the
 * file; and the step added to `design-steps` when that lists steps and lacks it.
 */
export function insertStepEdits(design: Design, entry: { path: string; layout: OneFileLayout; parts: StepFile[] }, spec: StepSpec): FileEdit[] {
  const anyPart = entry.parts[0] ?? design.files.find((file) => file.doc.oneFile === entry.layout);
  if (!anyPart) return [];
  const doc = anyPart.doc;
  const earlier = [...entry.parts].reverse().find((part) => (part.doc.step ?? 0) < spec.step);
  const later = entry.parts.find((part) => (part.doc.step ?? 0) > spec.step);
  const offset = earlier?.doc.part?.end ?? later?.doc.part?.start ?? doc.text.length;
  const edits: FileEdit[] = [insertBlockEdit(entry.path, doc, offset, stepSection(spec, doc.eol))];
  const claimed = entry.layout.claimed;
  const listed = doc.valueRanges['design-steps'];
  const all = listed && /^all$/i.test(doc.text.slice(listed.start, listed.end).trim());
  if (listed && !all && !claimed.includes(spec.step)) {
    const steps = [...claimed, spec.step].sort((a, b) => a - b);
    edits.unshift({ kind: 'replace', file: entry.path, offset: listed.start, length: listed.end - listed.start, text: `[${steps.join(', ')}]` });
  }
  return edits;
}

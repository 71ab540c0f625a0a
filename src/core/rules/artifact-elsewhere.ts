import type { ArtifactSpec } from '../catalogue/step-types';
import type { StepFile } from '../files/design';
import type { StepDoc } from '../markdown/parse';
import { insertSectionEdit, stepTemplate } from '../markdown/templates';
import { basename, joinPath } from '../files/paths';
import type { Fix } from '../types';
import type { DesignRule } from './rule';
import { anchorOf, missingArtifacts, missingSteps, type Elsewhere } from './support/elsewhere';
import { anchorRange } from './support/step-file';

/** The heading and line where it was found, naming its file unless it is `file` itself. */
function where(file: StepFile | undefined, found: Elsewhere): string {
  const line = found.heading ? found.file.doc.lines.range(found.heading.range).start.line + 1 : undefined;
  const place = found.file === file ? '' : ` of ${basename(found.file.path)}`;
  return found.heading ? `"${found.heading.text}" (line ${line}${place})` : `${basename(found.file.path)}`;
}

/** `### Goals` → `## Goals`: the heading keeps its text, only its level changes. */
function relevelFix(found: Elsewhere): Fix | undefined {
  const heading = found.heading;
  if (!heading) return undefined;
  const hashes = /^ {0,3}(#+)/.exec(found.file.doc.text.slice(heading.range.start, heading.range.end));
  if (!hashes) return undefined;
  const offset = heading.range.start + hashes[0].length - hashes[1]!.length;
  return { title: `Make "${heading.text}" a ## section`, edits: [{ kind: 'replace', file: found.file.path, offset, length: hashes[1]!.length, text: '##' }] };
}

/** A section that points to where the content is: it counts as written, and readers can follow it. */
function pointerFix(file: StepFile, doc: StepDoc, artifact: ArtifactSpec, found: Elsewhere): Fix | undefined {
  const anchor = found.heading ? anchorOf(found.file.doc, found.heading.range) : undefined;
  const target = `${found.file === file ? '' : basename(found.file.path)}${anchor ? `#${anchor}` : ''}`;
  if (!target) return undefined;
  const label = (found.heading?.text ?? basename(found.file.path)).replace(/[[\]\\]/g, '\\$&');
  const section = [`## ${artifact.title}`, '', `See [${label}](${target.replace(/[ ()<>]/g, encodeURIComponent)}).`, ''].join(doc.eol);
  const edit = insertSectionEdit(file.path, doc, artifact, section);
  return edit && { title: `Add a "${artifact.title}" section that points to "${found.heading?.text ?? basename(found.file.path)}"`, edits: [edit] };
}

export const artifactElsewhere: DesignRule = {
  id: 'artifact-elsewhere',
  defaultSeverity: 'info',
  description: 'A required section is missing, but its content seems to be written under another heading.',
  accepts:
    'a required section (or a whole step file) is missing but the design shows its content elsewhere: a `###` (or deeper) heading that names it, a paragraph opening with its name and a colon, or its content cue (a diagram in the step, request rates, API operations, type definitions, lifecycle words, a heading, a label paragraph or a paragraph on a choice with its reason or alternatives, what exists today, an introduction that sums up the proposal, two "we propose" statements, a security heading with content of its own, two statements of what named callers need or must be able to do, two of which part is in charge of what, a thing said to be kept in a store in another step, a proposal (or request paths told outside the workflows) that names who writes the data and who reads it, for the data flow and the workflows, an API operation with its path in step 6); the fix re-levels that heading or adds a section that links there (for a missing step, creates the file)',
  fixAll: false,
  scope: 'design',
  check({ design, held, report }) {
    const anchor = design.files[0];
    for (const { spec, elsewhere } of anchor ? missingSteps(design, held) : []) {
      if (!elsewhere || !anchor) continue;
      const lead = spec.artifacts[0]!;
      report(
        anchor.path,
        `The design "${design.title}" has no file for step ${spec.step} (${spec.title}), but ${where(undefined, elsewhere)} holds ${elsewhere.what}. Create ${spec.fileName} and point its "## ${lead.title}" section there.`,
        anchorRange(anchor.doc),
        { title: `Create ${spec.fileName}`, edits: [{ kind: 'create', file: joinPath(design.folder, spec.fileName), text: stepTemplate(spec, design.title, design.catalogue) }] },
        lead.id,
      );
    }
    for (const { file, spec, artifact, elsewhere } of missingArtifacts(design)) {
      if (!elsewhere) continue;
      const message = elsewhere.deeperHeading
        ? `Step ${spec.step} has no "## ${artifact.title}" section, but ${where(file, elsewhere)} names it at a deeper level. Make it a ## heading so it counts.`
        : `Step ${spec.step} has no "## ${artifact.title}" section, but ${where(file, elsewhere)} holds ${elsewhere.what}. Give it a "## ${artifact.title}" section, or add one that links there.`;
      const fix = elsewhere.deeperHeading ? relevelFix(elsewhere) : pointerFix(file, file.doc, artifact, elsewhere);
      report(file.path, message, anchorRange(file.doc), fix, artifact.id);
    }
  },
};

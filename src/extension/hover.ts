/** Hover on a step's title or an artifact heading: what belongs there and the questions to answer. */
import * as vscode from 'vscode';
import type { ArtifactSpec, Catalogue, StepDoc, StepSpec } from '../core';
import type { DesignStore } from './design-store';
import { positionIn } from './edits';

export class GuidanceHover implements vscode.HoverProvider {
  constructor(private readonly store: DesignStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    for (const doc of this.store.stepDocs(document)) {
      const hover = hoverIn(doc, position);
      if (hover) return hover;
    }
    return undefined;
  }
}

function hoverIn(doc: StepDoc, position: vscode.Position): vscode.Hover | undefined {
  const spec = doc.spec;
  if (!spec) return undefined;
  const rangeOf = (span: { start: number; end: number }) => new vscode.Range(positionIn(doc, span.start), positionIn(doc, span.end));
  if (doc.title) {
    const range = rangeOf(doc.title.range);
    if (range.contains(position)) return new vscode.Hover(stepGuidance(spec, doc.catalogue), range);
  }
  for (const section of doc.sections) {
    if (!section.artifact) continue;
    const range = rangeOf(section.headingRange);
    if (range.contains(position)) return new vscode.Hover(artifactGuidance(spec, section.artifact), range);
  }
  return undefined;
}

function stepGuidance(spec: StepSpec, catalogue: Catalogue): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`**$(checklist) ${vscode.l10n.t('Step {0} of {1}: {2}', spec.step, catalogue.steps.length, spec.title)}**\n\n${spec.purpose}\n\n${vscode.l10n.t("This step's sections:")}\n\n`);
  for (const artifact of spec.artifacts) markdown.appendMarkdown(`- **${artifact.title}**: ${artifact.summary}\n`);
  return markdown;
}

function artifactGuidance(spec: StepSpec, artifact: ArtifactSpec): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`**${artifact.title}** · ${vscode.l10n.t('step {0}, {1}', spec.step, spec.title)}\n\n${artifact.summary}\n\n${vscode.l10n.t('Questions to answer:')}\n\n`);
  for (const question of artifact.questions) markdown.appendMarkdown(`- ${question}\n`);
  if (artifact.aliases.length > 0) markdown.appendMarkdown(`\n${vscode.l10n.t('Also recognised as: {0}.', artifact.aliases.join(', '))}`);
  return markdown;
}

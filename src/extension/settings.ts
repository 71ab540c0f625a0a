/** Reads the `designDocs.*` settings, tolerating wrong values instead of failing. */
import * as vscode from 'vscode';
import { LEVELS, RULE_IDS, workspaceRelativeSegments, type RuleConfig, type RuleLevel } from '../core';

export const SECTION = 'designDocs';

/** `designDocs.roots` as workspace-relative segments; entries that would leave the workspace are dropped. */
export function designRoots(): string[][] {
  const roots = vscode.workspace.getConfiguration(SECTION).get<unknown>('roots');
  const valid = Array.isArray(roots)
    ? roots.flatMap((root) => {
        const segments = typeof root === 'string' ? workspaceRelativeSegments(root) : undefined;
        return segments ? [segments] : [];
      })
    : [];
  return valid.length > 0 ? valid : [['docs', 'design']];
}

export function ruleConfig(): RuleConfig {
  const configured = vscode.workspace.getConfiguration(SECTION).get<unknown>('rules');
  const rules: Record<string, RuleLevel> = {};
  if (configured && typeof configured === 'object') {
    for (const [id, level] of Object.entries(configured)) {
      if (RULE_IDS.includes(id) && (LEVELS as readonly unknown[]).includes(level)) rules[id] = level as RuleLevel;
    }
  }
  return rules;
}

/** `designDocs.preview.showGaps`: mark missing steps and sections in the preview and exports. */
export function previewShowGaps(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('preview.showGaps', true) !== false;
}

/** Findings → the Problems panel, refreshed whenever the store changes; stale results are dropped. */
import * as vscode from 'vscode';
import type { Finding, StepDoc } from '../core';
import type { DesignStore } from './design-store';
import { toUri } from './uris';

export const DIAGNOSTIC_SOURCE = 'Design Docs';
const RULE_DOCS = 'https://github.com/system-design-docs/system-design-docs#rule-';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(finding: Finding): vscode.Range {
  return new vscode.Range(finding.range.start.line, finding.range.start.column, finding.range.end.line, finding.range.end.column);
}

export function findingKey(uri: vscode.Uri, rule: string, range: vscode.Range, message: string): string {
  return `${uri.toString()}|${rule}|${range.start.line}:${range.start.character}|${message}`;
}

export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('designDocs');
  private readonly findings = new Map<string, Finding>();
  /** `findings` by file (the Uri's string), in the same order: rebuilt with it, so `findingsIn` is a lookup. */
  private byFile = new Map<string, readonly Finding[]>();
  private readonly subscription: vscode.Disposable;
  private generation = 0;
  /** The parsed texts the current diagnostics (and their fixes' offsets) were computed from. */
  docs: ReadonlyMap<string, StepDoc> = new Map();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the Problems panel has been brought up to date. */
  readonly onDidUpdate = this.emitter.event;

  constructor(private readonly store: DesignStore) {
    this.subscription = store.onDidChange(() => void this.refresh());
  }

  /** Recomputes every design's diagnostics; a newer refresh started meanwhile wins. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const { reports, docs } = await this.store.snapshot();
    if (generation !== this.generation) return;
    this.docs = docs;
    const byFile = new Map<string, vscode.Diagnostic[]>();
    // Per file, the findings by key: a key met again keeps its first place and takes the later finding, as in `findings`.
    const findingsByFile = new Map<string, Map<string, Finding>>();
    this.findings.clear();
    const published = new Set<string>();
    for (const finding of reports.flatMap((report) => report.findings)) {
      const uri = toUri(finding.file);
      const file = uri.toString();
      // A configuration file shared by several designs brings its problems in each design's report.
      const once = findingKey(uri, finding.rule, toRange(finding), finding.message);
      if (published.has(once)) continue;
      published.add(once);
      const diagnostic = new vscode.Diagnostic(toRange(finding), finding.message, SEVERITY[finding.severity]);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = { value: finding.rule, target: vscode.Uri.parse(RULE_DOCS + finding.rule) };
      const list = byFile.get(file) ?? [];
      list.push(diagnostic);
      byFile.set(file, list);
      const key = findingKey(uri, finding.rule, diagnostic.range, finding.message);
      this.findings.set(key, finding);
      const keyed = findingsByFile.get(file) ?? new Map<string, Finding>();
      keyed.set(key, finding);
      findingsByFile.set(file, keyed);
    }
    this.byFile = new Map([...findingsByFile].map(([file, keyed]) => [file, [...keyed.values()]]));
    this.collection.clear();
    this.collection.set([...byFile].map(([uri, list]) => [vscode.Uri.parse(uri), list]));
    this.emitter.fire();
  }

  /** The finding behind a diagnostic the editor hands back (a copy, so matched by content). */
  findingFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
    const rule = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
    return this.findings.get(findingKey(uri, rule, diagnostic.range, diagnostic.message));
  }

  /** The findings of one file, in the order of the Problems panel (a new array: callers may change it). */
  findingsIn(uri: vscode.Uri): Finding[] {
    return [...(this.byFile.get(uri.toString()) ?? [])];
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
    this.emitter.dispose();
  }
}

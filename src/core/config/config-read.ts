/**
 * Reads a configuration file's YAML into a `ConfigFile`, checking every key and value on the way:
 * an unknown key, a wrong type or an unknown rule, check, cue, role or kind is a problem at its
 * line that says what to write instead, and the rest of the file is still read.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { RuleConfig } from '../catalogue/catalogue';
import { LEVELS } from '../catalogue/levels';
import { editDistance } from '../markdown/edit-distance';
import { LineIndex } from '../markdown/text';
import { RULE_IDS } from '../rules';
import type { OffsetRange, RuleLevel } from '../types';
import type { ArtifactEntry, ConfigFile, Located, StepEntry } from './config-model';
import { ARTIFACT_KEYS, ARTIFACT_KINDS, CONTENT_CHECKS, CONTENT_CUES, DESIGN_KEYS, OVERRIDE_KEYS, STATUS_KEYS, STEP_KEYS, TOP_KEYS, TRACE_ROLES } from './config-vocabulary';

class Reader {
  readonly lines: LineIndex;
  readonly config: ConfigFile;

  constructor(
    readonly path: string,
    text: string,
  ) {
    this.lines = new LineIndex(text);
    this.config = { path, steps: [], rules: {}, overrides: [], problems: [] };
  }

  problem(range: OffsetRange, message: string): void {
    this.config.problems.push({ file: this.path, range: this.lines.range(range), message });
  }

  rangeOf(node: YamlNode | null | undefined, fallback: OffsetRange = { start: 0, end: 0 }): OffsetRange {
    const span = node?.range;
    return span ? { start: span[0], end: Math.max(span[0], span[1]) } : fallback;
  }

  /** The pairs of a map whose keys are known; an unknown key is reported with the nearest known one. */
  pairs(node: YamlNode | null | undefined, known: readonly string[], where: string): [string, YamlNode | null, OffsetRange][] {
    if (!isMap(node)) {
      this.problem(this.rangeOf(node), `${where} must be a set of \`key: value\` fields (${known.join(', ')}).`);
      return [];
    }
    const result: [string, YamlNode | null, OffsetRange][] = [];
    for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const range = this.rangeOf(pair.key);
      if (!known.includes(key)) {
        this.problem(range, `Unknown key \`${key}\` in ${where}.${suggestion(key, known)} Known keys: ${known.join(', ')}.`);
        continue;
      }
      result.push([key, pair.value, range]);
    }
    return result;
  }

  string(node: YamlNode | null, what: string, keyRange: OffsetRange): string | undefined {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '') return String(node.value).trim();
    this.problem(this.rangeOf(node, keyRange), `\`${what}\` must be text.`);
    return undefined;
  }

  located(node: YamlNode | null, what: string, keyRange: OffsetRange): Located<string> | undefined {
    const value = this.string(node, what, keyRange);
    return value === undefined ? undefined : { value, range: this.rangeOf(node, keyRange) };
  }

  boolean(node: YamlNode | null, what: string, keyRange: OffsetRange): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.problem(this.rangeOf(node, keyRange), `\`${what}\` must be \`true\` or \`false\`.`);
    return undefined;
  }

  count(node: YamlNode | null, what: string, keyRange: OffsetRange, minimum: number): number | undefined {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= minimum) return node.value;
    this.problem(this.rangeOf(node, keyRange), `\`${what}\` must be a whole number of at least ${minimum}.`);
    return undefined;
  }

  /** A list of texts; a single text counts as a list of one. */
  strings(node: YamlNode | null, what: string, keyRange: OffsetRange): string[] | undefined {
    if (isScalar(node) && typeof node.value === 'string') return [node.value.trim()].filter(Boolean);
    if (isSeq(node)) {
      const values: string[] = [];
      for (const item of node.items as (YamlNode | null)[]) {
        const value = this.string(item, what, this.rangeOf(node, keyRange));
        if (value !== undefined) values.push(value);
      }
      return values;
    }
    this.problem(this.rangeOf(node, keyRange), `\`${what}\` must be a list, for example \`${what}: [a, b]\`.`);
    return undefined;
  }

  /** A list whose items must each be one of `allowed`. */
  words<T extends string>(node: YamlNode | null, what: string, keyRange: OffsetRange, allowed: readonly T[]): T[] | undefined {
    const values = this.strings(node, what, keyRange);
    if (!values) return undefined;
    const known = values.filter((value): value is T => (allowed as readonly string[]).includes(value));
    for (const value of values) {
      if (!known.includes(value as T)) this.problem(this.rangeOf(node, keyRange), `Unknown ${what} value \`${value}\`.${suggestion(value, allowed)} Known values: ${allowed.join(', ')}.`);
    }
    return known;
  }

  word<T extends string>(node: YamlNode | null, what: string, keyRange: OffsetRange, allowed: readonly T[]): T | undefined {
    const value = this.string(node, what, keyRange);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(this.rangeOf(node, keyRange), `Unknown ${what} \`${value}\`.${suggestion(value, allowed)} Known values: ${allowed.join(', ')}.`);
    return undefined;
  }

  rules(node: YamlNode | null, keyRange: OffsetRange): RuleConfig {
    const levels: Record<string, RuleLevel> = {};
    for (const [id, value, range] of this.pairs(node ?? null, RULE_IDS, '`rules`')) {
      const level = this.word(value, `level of ${id}`, range, LEVELS);
      if (level) levels[id] = level;
    }
    void keyRange;
    return levels;
  }
}

function suggestion(value: string, known: readonly string[]): string {
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = editDistance(value.toLowerCase(), word.toLowerCase());
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(value.length / 3)) ? ` Did you mean \`${best.word}\`?` : '';
}

/** Reads the configuration file at `path` (text as read); never throws. */
export function readConfigFile(path: string, text: string): ConfigFile {
  const reader = new Reader(path, text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);
  const document = parseDocument(text.replace(/^\uFEFF/, ' '), { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    let start = error?.pos?.[0] ?? 0;
    // An error found at the very end (an unclosed `[` or quote) belongs to the last line written.
    const contentEnd = text.trimEnd().length;
    if (start >= contentEnd && contentEnd > 0) start = text.lastIndexOf('\n', contentEnd - 1) + 1;
    reader.problem({ start, end: Math.max(start + 1, error?.pos?.[1] ?? start + 1) }, `The configuration is not valid YAML (${(error?.message ?? '').split('\n')[0]}). Fix the syntax; until then designs are checked with the built-in catalogue.`);
    return reader.config;
  }
  if (document.contents === null) return reader.config;
  const config = reader.config;
  for (const [key, value, range] of reader.pairs(document.contents as YamlNode, TOP_KEYS, 'the configuration')) {
    switch (key) {
      case 'extends': {
        const target = reader.located(value, key, range);
        if (target) config.extends = target;
        break;
      }
      case 'name': {
        const name = reader.string(value, key, range);
        if (name !== undefined) config.name = name;
        break;
      }
      case 'steps':
        if (!isSeq(value)) reader.problem(reader.rangeOf(value, range), '`steps` must be a list of steps, each starting with `- step: <number>`.');
        else for (const item of value.items as (YamlNode | null)[]) readStep(reader, item);
        break;
      case 'statuses':
        readStatuses(reader, value, range);
        break;
      case 'rules':
        config.rules = reader.rules(value, range);
        break;
      case 'overrides':
        if (!isSeq(value)) reader.problem(reader.rangeOf(value, range), '`overrides` must be a list, each item with `files` and `rules`.');
        else for (const item of value.items as (YamlNode | null)[]) readOverride(reader, item);
        break;
      case 'design':
        readDesign(reader, value);
        break;
    }
  }
  return config;
}

function readStep(reader: Reader, node: YamlNode | null): void {
  const fields = reader.pairs(node, STEP_KEYS, 'a step');
  const numberField = fields.find(([key]) => key === 'step');
  const step = numberField && reader.count(numberField[1], 'step', numberField[2], 1);
  if (step === undefined) {
    if (!numberField) reader.problem(reader.rangeOf(node), 'Each step needs `step: <number>`: the number of a step to change, or of a new one.');
    return;
  }
  const entry: StepEntry = { step: { value: step, range: reader.rangeOf(numberField?.[1] ?? null) }, artifacts: [] };
  for (const [key, value, range] of fields) {
    switch (key) {
      case 'remove':
      case 'optional': {
        const flag = reader.boolean(value, key, range);
        if (flag !== undefined) entry[key] = flag;
        break;
      }
      case 'title':
      case 'file':
      case 'purpose': {
        const text = reader.string(value, key, range);
        if (text !== undefined) entry[key] = text;
        break;
      }
      case 'aliases': {
        const aliases = reader.strings(value, key, range);
        if (aliases) entry.aliases = aliases;
        break;
      }
      case 'artifacts':
        if (!isSeq(value)) reader.problem(reader.rangeOf(value, range), '`artifacts` must be a list, each item starting with `- id: <id>`.');
        else for (const item of value.items as (YamlNode | null)[]) readArtifact(reader, item, entry);
        break;
    }
  }
  reader.config.steps.push(entry);
}

function readArtifact(reader: Reader, node: YamlNode | null, step: StepEntry): void {
  const fields = reader.pairs(node, ARTIFACT_KEYS, 'an artifact');
  const idField = fields.find(([key]) => key === 'id');
  const id = idField && reader.located(idField[1], 'id', idField[2]);
  if (!id) {
    if (!idField) reader.problem(reader.rangeOf(node), 'Each artifact needs `id: <id>`: the id of an artifact to change, or a new one such as `rollout-plan`.');
    return;
  }
  const entry: ArtifactEntry = { id };
  for (const [key, value, range] of fields) {
    switch (key) {
      case 'remove':
      case 'optional': {
        const flag = reader.boolean(value, key, range);
        if (flag !== undefined) entry[key] = flag;
        break;
      }
      case 'title':
      case 'summary': {
        const text = reader.string(value, key, range);
        if (text !== undefined) entry[key] = text;
        break;
      }
      case 'aliases':
      case 'add-aliases':
      case 'questions':
      case 'columns': {
        const list = reader.strings(value, key, range);
        if (list) entry[key === 'add-aliases' ? 'addAliases' : key] = list;
        break;
      }
      case 'kind': {
        const kind = reader.word(value, 'kind', range, ARTIFACT_KINDS);
        if (kind) entry.kind = kind;
        break;
      }
      case 'checks': {
        const checks = reader.words(value, 'checks', range, CONTENT_CHECKS);
        if (checks) entry.checks = checks;
        break;
      }
      case 'cues': {
        const cues = reader.words(value, 'cues', range, CONTENT_CUES);
        if (cues) entry.cues = cues;
        break;
      }
      case 'role': {
        const role = reader.word(value, 'role', range, TRACE_ROLES);
        if (role) entry.role = role;
        break;
      }
    }
  }
  step.artifacts.push(entry);
}

function readStatuses(reader: Reader, node: YamlNode | null, keyRange: OffsetRange): void {
  const statuses: NonNullable<ConfigFile['statuses']> = {};
  for (const [key, value, range] of reader.pairs(node ?? null, STATUS_KEYS, '`statuses`')) {
    if (key === 'reviewers') {
      const count = reader.count(value, 'statuses.reviewers', range, 0);
      if (count !== undefined) statuses.reviewers = count;
    } else if (key === 'values') {
      const values = reader.strings(value, 'statuses.values', range);
      if (values && values.length > 0) statuses.values = { value: values, range: reader.rangeOf(value, range) };
      else if (values) reader.problem(reader.rangeOf(value, range), '`statuses.values` must name at least one status.');
    } else {
      const word = reader.located(value, `statuses.${key}`, range);
      if (word) statuses[key as 'initial' | 'review' | 'approved'] = word;
    }
  }
  void keyRange;
  reader.config.statuses = statuses;
}

function readOverride(reader: Reader, node: YamlNode | null): void {
  const fields = reader.pairs(node, OVERRIDE_KEYS, 'an override');
  let files: string[] | undefined;
  let rules: RuleConfig = {};
  for (const [key, value, range] of fields) {
    if (key === 'files') files = reader.strings(value, 'files', range);
    else rules = reader.rules(value, range);
  }
  if (!files || files.length === 0) {
    if (fields.length > 0) reader.problem(reader.rangeOf(node), 'An override needs `files`: path globs relative to this file, such as `docs/drafts/**`.');
    return;
  }
  reader.config.overrides.push({ files, rules });
}

function readDesign(reader: Reader, node: YamlNode | null): void {
  const design: NonNullable<ConfigFile['design']> = { files: [] };
  for (const [key, value, range] of reader.pairs(node, DESIGN_KEYS, '`design`')) {
    if (key === 'title') {
      const title = reader.string(value, 'design.title', range);
      if (title !== undefined) design.title = title;
      continue;
    }
    if (!isMap(value)) {
      reader.problem(reader.rangeOf(value, range), '`design.files` maps file-name patterns to step numbers, for example `"01_*.md": 1`.');
      continue;
    }
    for (const pair of value.items as Pair<YamlNode, YamlNode | null>[]) {
      const pattern = isScalar(pair.key) ? String(pair.key.value) : '';
      const step = reader.count(pair.value, `design.files "${pattern}"`, reader.rangeOf(pair.key), 1);
      if (pattern && step !== undefined) design.files.push({ pattern, step: { value: step, range: reader.rangeOf(pair.value) } });
    }
  }
  reader.config.design = design;
}

/** Generates a seeded synthetic workspace: N designs of seven step files, one of them 3,000 lines long. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVEN_STEPS, sectionTemplate, type StepSpec } from '../src/core';
import { designModel, type DesignModel } from './design-model';
import { Random, seedFor } from './prng';
import { bulletList, codeBlock, flowchart, paragraph, prose, sentence, table } from './prose';
import { WRITERS, genericSection } from './sections';

export interface GeneratedFile {
  /** Path relative to the workspace root, with `/` separators. */
  path: string;
  text: string;
  design: number;
}

export interface Workspace {
  root: string;
  files: GeneratedFile[];
  /** The long step file the keystroke benchmark edits. */
  bigFile: GeneratedFile;
}

export const BIG_FILE_LINES = 3000;

function frontMatter(random: Random, model: DesignModel, spec: StepSpec): string {
  const status = model.maturity === 'complete' ? random.pick(['approved', 'approved', 'in-review']) : random.pick(['draft', 'draft', 'in-review', 'approved']);
  const reviewers = status === 'approved' && model.maturity !== 'rough' && model.people.length === 0 ? ['ana'] : model.people;
  const reviewerLine = random.chance(0.8) ? [`reviewers: [${reviewers.join(', ')}]`] : ['reviewers:', ...reviewers.map((name) => `  - ${name}`)];
  const lines = ['---', `design: ${model.title}`, `design-step: ${spec.step}`];
  if (model.maturity === 'rough' && random.chance(0.04)) lines.push('status: done');
  else lines.push(`status: ${status}`);
  lines.push(...reviewerLine);
  if (random.chance(0.2)) lines.push(`updated: 2025-0${random.int(1, 9)}-1${random.int(0, 9)}`);
  lines.push('---');
  return lines.join('\n');
}

type SectionState = 'written' | 'flawed' | 'template' | 'placeholder' | 'missing';

function sectionState(random: Random, model: DesignModel): SectionState {
  const roll = random.next();
  switch (model.maturity) {
    case 'complete':
      return roll < 0.96 ? 'written' : 'flawed';
    case 'partial':
      return roll < 0.62 ? 'written' : roll < 0.72 ? 'flawed' : roll < 0.95 ? 'template' : 'placeholder';
    default:
      return roll < 0.45 ? 'written' : roll < 0.7 ? 'flawed' : roll < 0.85 ? 'template' : roll < 0.92 ? 'placeholder' : 'missing';
  }
}

function extraSection(random: Random): string {
  const title = random.pick(['Open questions', 'Appendix', 'Risks', 'Decisions', 'References']);
  const body = random.chance(0.5) ? bulletList(random, Array.from({ length: random.int(2, 5) }, () => sentence(random))) : `${prose(random, 1)}\n\n${codeBlock(random)}`;
  return `## ${title}\n\n${body}`;
}

function stepFile(random: Random, model: DesignModel, spec: StepSpec): string {
  const parts = [frontMatter(random, model, spec), `# ${spec.title}`];
  if (random.chance(0.3)) parts.push(paragraph(random, 2));
  for (const artifact of spec.artifacts) {
    const state = sectionState(random, model);
    if (state === 'missing') continue;
    if (state === 'template') {
      parts.push(sectionTemplate(artifact).trimEnd());
      continue;
    }
    const heading = `## ${random.chance(0.1) && artifact.aliases.length > 0 ? random.pick(artifact.aliases) : artifact.title}`;
    if (state === 'placeholder') {
      parts.push(`${heading}\n\n${random.pick(['TODO', 'TBD', '…'])}`);
      continue;
    }
    const writer = WRITERS[artifact.id];
    const body = writer ? writer(random, model, state === 'flawed') : genericSection(random, state === 'flawed');
    parts.push(`${heading}\n\n${body}`);
  }
  if (random.chance(0.2)) parts.push(extraSection(random));
  return parts.join('\n\n') + '\n';
}

/** The long file: step 7 of the first design, with one workflow per component of a large system. */
function bigStepFile(random: Random, model: DesignModel): string {
  const spec = SEVEN_STEPS.steps[6];
  if (!spec) throw new Error('no step 7');
  const components = [...model.components];
  for (let i = 1; components.length < 60; i++) components.push(`${random.pick(['Shard router', 'Ingest worker', 'Projection builder', 'Fan-out service', 'Quota keeper', 'Report renderer'])} ${i}`);
  const head = [
    frontMatter(random, model, spec),
    `# ${spec.title}`,
    paragraph(random, 3),
    `## Architecture diagram\n\n${paragraph(random, 2)}\n\n${flowchart(random, ['Client', ...components.slice(0, 30)])}`,
    '## Component workflows',
  ].join('\n\n');
  const tail = [
    `## Technology choices\n\n${table(['Component', 'Choice', 'Alternatives', 'Reason'], components.map((name) => [name, 'Go on Kubernetes', 'Java, Rust', sentence(random)]))}`,
    `## Access control\n\n${prose(random, 3)}\n\n${bulletList(random, Array.from({ length: 6 }, () => sentence(random)))}`,
    `## Replication and caching\n\n${prose(random, 4)}`,
  ].join('\n\n');
  const lineCount = (text: string) => text.split('\n').length;
  const budget = BIG_FILE_LINES - lineCount(head) - lineCount(tail) - 2;
  const chunks: string[] = [];
  let used = 0;
  for (let i = 0; used < budget; i++) {
    const name = components[i % components.length] ?? 'Component';
    const chunk = [
      `### ${name}${i >= components.length ? ` (part ${Math.floor(i / components.length) + 1})` : ''}`,
      paragraph(random, random.int(3, 8)),
      bulletList(random, Array.from({ length: random.int(3, 7) }, () => sentence(random)), random.chance(0.5)),
      random.chance(0.4) ? codeBlock(random) : table(['Setting', 'Value', 'Why'], [['timeout', `${random.int(1, 30)} s`, sentence(random)], ['replicas', String(random.int(2, 12)), sentence(random)]]),
    ].join('\n\n');
    chunks.push(chunk);
    used += lineCount(chunk) + 1;
  }
  // The last chunk may run a few lines over; the results report the real count.
  return `${head}\n\n${chunks.join('\n\n')}\n\n${tail}\n`;
}

function finish(text: string, model: DesignModel): string {
  const withEol = model.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
  return model.bom ? `\uFEFF${withEol}` : withEol;
}

export function generateWorkspace(root: string, designs: number, seed: number): Workspace {
  const files: GeneratedFile[] = [];
  let bigFile: GeneratedFile | undefined;
  for (let index = 0; index < designs; index++) {
    const random = new Random(seedFor(seed, index));
    const model = designModel(random, index);
    const folder = `docs/design/${String(index + 1).padStart(3, '0')}-${model.slug}`;
    for (const spec of SEVEN_STEPS.steps) {
      const big = index === 0 && spec.step === 7;
      const text = big ? bigStepFile(random, { ...model, eol: '\n', bom: false }) : finish(stepFile(random, model, spec), model);
      const file = { path: `${folder}/${spec.fileName}`, text, design: index };
      files.push(file);
      if (big) bigFile = file;
    }
  }
  if (!bigFile) throw new Error('no designs generated');
  rmSync(root, { recursive: true, force: true });
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { root, files, bigFile };
}

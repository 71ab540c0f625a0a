/** Markdown building blocks that read like real design docs: prose, lists, tables, code, diagrams. */
import type { Random } from './prng';

const SUBJECTS = [
  'The service', 'Each request', 'The write path', 'The read path', 'A background job', 'The client',
  'Every region', 'The on-call engineer', 'The cache', 'The queue consumer', 'The API gateway', 'A retry',
  'The nightly batch', 'The primary database', 'A replica', 'The product team', 'An operator',
];
const VERBS = [
  'stores', 'validates', 'forwards', 'batches', 'deduplicates', 'rejects', 'retries', 'records', 'encrypts',
  'publishes', 'reads', 'compacts', 'partitions', 'replicates', 'throttles', 'audits', 'indexes', 'expires',
];
const OBJECTS = [
  'the payload', 'every event', 'the idempotency key', 'the account settings', 'stale entries', 'the audit log',
  'old snapshots', 'the request body', 'the hot keys', 'the outbox rows', 'the daily rollups', 'each tenant',
  'the session token', 'the search index', 'failed deliveries', 'large attachments', 'the user profile',
];
const TAILS = [
  'before it answers', 'within a few seconds', 'so that nothing is lost on failover', 'once per hour',
  'at the edge', 'without blocking the caller', 'when the circuit breaker opens', 'in the same transaction',
  'after the grace period', 'for at least 30 days', 'per customer account', 'behind a feature flag',
  'with exponential backoff', 'on every deploy', 'in the background', 'as described in step 5',
];
const TERMS = ['Idempotency-Key', 'tenant_id', 'ETag', '429', 'p99', 'TTL', 'cursor', 'trace_id', 'SLO', 'v2'];
const LINKS = ['https://example.com/runbook', 'https://wiki.example.org/adr/17', '../shared/glossary.md', 'https://status.example.com'];

export function sentence(random: Random): string {
  const parts = [random.pick(SUBJECTS), random.pick(VERBS), random.pick(OBJECTS)];
  if (random.chance(0.7)) parts.push(random.pick(TAILS));
  let text = parts.join(' ');
  if (random.chance(0.25)) text = text.replace(random.pick(OBJECTS.filter((o) => text.includes(o))) ?? '', (o) => `**${o}**`);
  if (random.chance(0.3)) text += ` (see \`${random.pick(TERMS)}\`)`;
  if (random.chance(0.12)) text += `; the [runbook](${random.pick(LINKS)}) covers the details`;
  if (random.chance(0.08)) text += ` at ${random.int(2, 900)} requests per second`;
  return `${text}.`;
}

/** A paragraph wrapped at about 100 columns, as people write in editors. */
export function paragraph(random: Random, sentences = random.int(2, 5)): string {
  const words = Array.from({ length: sentences }, () => sentence(random)).join(' ').split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length + word.length + 1 > 100 && line) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export function prose(random: Random, paragraphs = random.int(1, 3)): string {
  return Array.from({ length: paragraphs }, () => paragraph(random, random.chance(0.2) ? random.int(6, 10) : random.int(2, 4))).join('\n\n');
}

export function bulletList(random: Random, items: string[], ordered = false): string {
  return items
    .map((item, index) => {
      const marker = ordered ? `${index + 1}.` : '-';
      const nested = random.chance(0.15) ? `\n   - ${sentence(random)}\n   - ${sentence(random)}` : '';
      return `${marker} ${item}${nested}`;
    })
    .join('\n');
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function codeBlock(random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return ['```json', '{', `  "id": "${random.int(1000, 9999)}",`, `  "tenant_id": "t-${random.int(1, 99)}",`, `  "createdAt": "2025-0${random.int(1, 9)}-1${random.int(0, 9)}T09:14:05Z",`, '  "tags": ["alpha", "beta"],', '  "state": "active"', '}', '```'].join('\n');
    case 1:
      return ['```sql', `CREATE TABLE item_${random.int(1, 40)} (`, '  id BIGINT PRIMARY KEY,', '  tenant_id TEXT NOT NULL,', '  body JSONB,', '  created_at TIMESTAMPTZ DEFAULT now()', ');', 'CREATE INDEX ON item (tenant_id, created_at);', '```'].join('\n');
    case 2:
      return ['```ts', 'export interface Envelope<T> {', '  id: string;', '  attempt: number;', '  payload: T;', '}', '', `const MAX_ATTEMPTS = ${random.int(3, 9)};`, '```'].join('\n');
    default:
      return ['```yaml', 'retry:', `  attempts: ${random.int(2, 6)}`, '  backoff: exponential', 'timeouts:', `  connect: ${random.int(1, 5)}s`, `  read: ${random.int(5, 30)}s`, '```'].join('\n');
  }
}

export function flowchart(random: Random, nodes: string[]): string {
  const ids = nodes.map((_, index) => `n${index}`);
  const lines = ['```mermaid', random.chance(0.5) ? 'flowchart LR' : 'flowchart TD'];
  nodes.forEach((node, index) => lines.push(`  ${ids[index]}[${node}]`));
  for (let i = 1; i < ids.length; i++) lines.push(`  ${ids[random.int(0, i - 1)]} --> ${ids[i]}`);
  lines.push('```');
  return lines.join('\n');
}

export function sequence(random: Random, actors: string[]): string {
  const lines = ['```mermaid', 'sequenceDiagram'];
  actors.forEach((actor, index) => lines.push(`  participant P${index} as ${actor}`));
  for (let i = 0; i < random.int(3, 7); i++) {
    const from = random.int(0, actors.length - 1);
    const to = random.int(0, actors.length - 1);
    lines.push(`  P${from}->>P${to}: ${random.pick(VERBS)} ${random.pick(OBJECTS)}`);
  }
  lines.push('```');
  return lines.join('\n');
}

export function quote(random: Random): string {
  return `> **Note:** ${sentence(random)}\n> ${sentence(random)}`;
}

export function image(random: Random, name: string): string {
  return `![${name}](diagrams/${name.toLowerCase().replace(/\W+/g, '-')}-${random.int(1, 9)}.svg)`;
}

/** The body of each artifact's section, written the way a team would, with the odd gap a checker finds. */
import type { DesignModel } from './design-model';
import type { Random } from './prng';
import { bulletList, codeBlock, flowchart, image, paragraph, prose, quote, sentence, sequence, table } from './prose';

export type SectionWriter = (random: Random, model: DesignModel, flawed: boolean) => string;

const UNITS = ['ms', 'ms', 'ms', 's'];
const STORES = ['PostgreSQL', 'DynamoDB', 'Redis', 'Kafka', 'S3', 'Cassandra', 'Elasticsearch', 'ClickHouse', 'SQS', 'etcd'];
const CHOICES = ['Go on Kubernetes', 'Java on ECS', 'PostgreSQL 16', 'Valkey', 'Kafka', 'Envoy', 'Rust', 'TypeScript on Lambda', 'Cloud Spanner', 'NATS'];

function latencyTarget(random: Random): string {
  const unit = random.pick(UNITS);
  const value = unit === 's' ? random.int(1, 5) : random.pick([20, 50, 80, 100, 150, 200, 300, 500]);
  return `p99 < ${value} ${unit}`;
}

function writeUseCases(random: Random, model: DesignModel): string {
  const items = model.useCases.map((name) => `**${name}** — ${sentence(random).replace(/\.$/, '')}.`);
  const body = bulletList(random, items);
  return random.chance(0.4) ? `${body}\n\n${paragraph(random, 2)}` : body;
}

function writeLatency(random: Random, model: DesignModel, flawed: boolean): string {
  const intro = random.chance(0.5) ? `${paragraph(random, 2)}\n\n` : '';
  const gap = flawed ? random.int(0, model.useCases.length - 1) : -1;
  if (random.chance(0.6)) {
    const rows = model.useCases.map((name, index) => [name, index === gap ? 'fast enough' : latencyTarget(random), sentence(random)]);
    return intro + table(['Use case', 'Target', 'Notes'], rows);
  }
  return intro + bulletList(random, model.useCases.map((name, index) => `**${name}**: ${index === gap ? 'as fast as possible' : latencyTarget(random)}`));
}

function writeAvailability(random: Random, _model: DesignModel, flawed: boolean): string {
  if (flawed) return `${paragraph(random, 2)}\n\nWe aim to be highly available in every region.`;
  const target = random.pick(['99.9%', '99.95%', '99.99%', 'three nines', '99.5%']);
  return bulletList(random, [
    `**Serving path**: ${target} monthly, about ${random.int(4, 40)} minutes of downtime per month at most.`,
    `**Management API**: 99.9%; ${sentence(random)}`,
    `**Background jobs**: best effort; ${sentence(random)}`,
  ]);
}

function writeScale(random: Random, model: DesignModel, flawed: boolean): string {
  const facts = [
    `**Total users**: ${random.int(2, 900)},000 accounts and about ${random.int(1, 50)} million ${model.noun}s.`,
    `**Active users**: ${random.int(5, 90)},000 daily active users, ${random.int(1, 9)},000 concurrent at peak.`,
    `**Data size**: ${random.int(1, 900)} GB today, growing by ${random.int(1, 60)} GB per month.`,
    `**Read/write mix**: ${random.int(2, 200)}:1 reads to writes.`,
    `**Bandwidth**: about ${random.int(1, 90)} MB/s at peak on the edge.`,
  ];
  if (flawed) facts.splice(random.int(0, facts.length - 1), 1);
  return `${bulletList(random, facts)}\n\n${paragraph(random, random.int(2, 4))}`;
}

function writeThroughput(random: Random, model: DesignModel, flawed: boolean): string {
  const gap = flawed ? random.int(0, model.operations.length - 1) : -1;
  const rows = model.operations.map((name, index) => {
    const average = random.int(1, 3000);
    return [name, random.pick(['Read', 'Write']), index === gap ? 'TBD' : String(average), index === gap ? 'TBD' : String(average * random.int(2, 10))];
  });
  const derivation = bulletList(random, model.operations.slice(0, 3).map((name) => `**${name}**: ${sentence(random)}`), true);
  return `${table(['Operation', 'Read/Write', 'Average TPS', 'Peak TPS'], rows)}\n\nHow the numbers were derived:\n\n${derivation}`;
}

function writeApi(random: Random, model: DesignModel, flawed: boolean): string {
  const intro = `${paragraph(random, 2)}\n\n`;
  if (random.chance(0.15)) {
    const paths = model.apiOperations.map((op) => `  ${op.path}:\n    ${op.method.toLowerCase()}:\n      summary: ${op.name}\n      responses:\n        '200':\n          description: OK`);
    return `${intro}\`\`\`yaml\nopenapi: 3.0.3\ninfo:\n  title: ${model.title}\n  version: 1.0.0\npaths:\n${paths.join('\n')}\n\`\`\``;
  }
  const operations = flawed ? model.apiOperations.slice(0, -1) : model.apiOperations;
  const rows = operations.map((op) => [op.name, op.method, `\`${op.path}\``, `\`{ ${model.noun}Id, body? }\``, `\`200\` with the ${model.noun}; \`404\` if unknown`]);
  return `${intro}${table(['Operation', 'Method', 'Path', 'Request', 'Response'], rows)}\n\nConventions:\n\n${bulletList(random, [sentence(random), sentence(random), sentence(random)])}`;
}

function writeDataModels(random: Random, model: DesignModel): string {
  const entities = [model.noun, 'account', random.pick(['event', 'audit entry', 'snapshot', 'subscription'])];
  return entities.map((entity) => `### ${entity.charAt(0).toUpperCase()}${entity.slice(1)}\n\n${paragraph(random, 2)}\n\n${codeBlock(random)}`).join('\n\n');
}

function writeStoredData(random: Random, model: DesignModel, flawed: boolean): string {
  const data = [`${model.noun} records`, 'Accounts', 'Audit log', 'Event stream', 'Daily rollups'].slice(0, random.int(3, 5));
  if (random.chance(0.7)) {
    const rows = data.map((name, index) => [name, random.pick(STORES), flawed && index === 1 ? 'TODO' : `${random.pick(['Key lookup by id', 'Append only, read in order', 'Range scan by tenant and time', 'Write once, read many'])}; ${random.int(1, 900)} reads/s`]);
    return `${table(['Data', 'Store', 'Access pattern'], rows)}\n\n${paragraph(random, 2)}`;
  }
  return bulletList(random, data.map((name, index) => `**${name}** in ${random.pick(STORES)}${flawed && index === 0 ? '.' : `: read by key, written once per ${model.noun}.`}`));
}

function writeDiagram(random: Random, model: DesignModel, flawed: boolean): string {
  const intro = random.chance(0.6) ? `${paragraph(random, 2)}\n\n` : '';
  if (flawed) return `${intro}The diagram is on the team whiteboard.`;
  if (random.chance(0.15)) return `${intro}${image(random, model.title)}`;
  return intro + flowchart(random, ['Client', ...model.components]);
}

function writeWorkflows(random: Random, model: DesignModel, flawed: boolean): string {
  const covered = flawed ? model.useCases.slice(1) : model.useCases;
  return covered
    .map((name) => {
      const steps = bulletList(random, Array.from({ length: random.int(3, 6) }, () => sentence(random)), true);
      const diagram = random.chance(0.2) ? `\n\n${sequence(random, ['Client', ...model.components.slice(0, 3)])}` : '';
      return `### ${name}\n\n${steps}${diagram}`;
    })
    .join('\n\n');
}

function writeComponents(random: Random, model: DesignModel): string {
  return bulletList(random, model.components.map((name) => `**${name}** — ${sentence(random)}`));
}

function writeComponentWorkflows(random: Random, model: DesignModel): string {
  return model.components
    .slice(0, random.int(2, model.components.length))
    .map((name) => `### ${name}\n\n${bulletList(random, Array.from({ length: random.int(2, 5) }, () => sentence(random)), random.chance(0.5))}${random.chance(0.2) ? `\n\n${codeBlock(random)}` : ''}`)
    .join('\n\n');
}

function writeTechnology(random: Random, model: DesignModel, flawed: boolean): string {
  const chosen = flawed && model.components.length > 2 ? model.components.slice(0, -1) : model.components;
  const rows = chosen.map((name, index) => [
    name,
    random.pick(CHOICES),
    `${random.pick(CHOICES)}, ${random.pick(CHOICES)}`,
    flawed && index === 0 ? '' : sentence(random),
  ]);
  return `${table(['Component', 'Choice', 'Alternatives', 'Reason'], rows)}\n\n${random.chance(0.3) ? quote(random) : paragraph(random, 2)}`;
}

function listOf(random: Random): string {
  return bulletList(random, Array.from({ length: random.int(3, 6) }, () => sentence(random)));
}

function writePersonas(random: Random, model: DesignModel): string {
  const personas = ['Operator', 'End user', 'Integrating developer', 'Support agent', 'Administrator'].slice(0, random.int(2, 5));
  if (random.chance(0.5)) return table(['Persona', 'Kind', 'Needs'], personas.map((name) => [name, random.pick(['Internal, human', 'External, human', 'External, programmatic']), sentence(random)]));
  return bulletList(random, personas.map((name) => `**${name}** — works with ${model.noun}s; ${sentence(random)}`));
}

function writeStakeholders(random: Random, model: DesignModel): string {
  const people = model.people.length > 0 ? model.people : ['ana', 'li'];
  return bulletList(random, people.map((name) => `**${name.charAt(0).toUpperCase()}${name.slice(1)}**, ${random.pick(['product', 'SRE', 'security', 'data', 'tech lead'])}: ${sentence(random)}`));
}

/** Section bodies by artifact id; an artifact not listed here gets prose, a list or both. */
export const WRITERS: Record<string, SectionWriter> = {
  'use-cases': writeUseCases,
  'latency-requirements': writeLatency,
  availability: writeAvailability,
  'scale-summary': writeScale,
  'throughput-per-operation': writeThroughput,
  api: writeApi,
  'data-models': writeDataModels,
  'stored-data': writeStoredData,
  'component-diagram': writeDiagram,
  'architecture-diagram': writeDiagram,
  workflows: writeWorkflows,
  components: writeComponents,
  'component-workflows': writeComponentWorkflows,
  'technology-choices': writeTechnology,
  'users-and-personas': writePersonas,
  stakeholders: writeStakeholders,
  'security-requirements': (random) => listOf(random),
};

export function genericSection(random: Random, flawed: boolean): string {
  const parts = [prose(random)];
  if (random.chance(0.35)) parts.push(listOf(random));
  if (random.chance(0.15)) parts.push(quote(random));
  if (random.chance(0.1)) parts.push(codeBlock(random));
  if (flawed) parts.push(`TODO: ${sentence(random)}`);
  return parts.join('\n\n');
}

/** Cases for the content rules: what a written section must say. */
import { mkdirSync } from 'node:fs';
import { lineOf } from '../helpers';
import { COMPONENT_DESIGN, COMPONENTS, DATA_FLOW, hit, INTERFACES, REQUIREMENTS, SCALE, type RuleCase } from './case';

const BANDWIDTH = `- **Bandwidth**: about 6 MB/s on average and 30 MB/s at peak at the edge. A redirect costs
  roughly 5 KB on the wire because most clicks open a fresh TLS connection (about 4 KB of
  handshake and certificates, 1 KB of request headers and 302 response). Click events add about
  0.25 MB/s on average and 1.2 MB/s at peak inside a region.`;

const AUDIT_ROW = '| Audit log | Append-only log store | Written on every administrative action and every delete; read only during investigations |';
const ANALYTICS_CHOICE_REASON =
  '| Each stats request is a key and time-range read answered in single-digit milliseconds; ad-hoc analysis runs on the Parquet archive through Athena instead; one database technology fewer to operate |';

export const CONTENT_CASES: RuleCase[] = [
  {
    rule: 'latency-without-target',
    kind: 'fires',
    title: 'a latency row that only says "fast"',
    apply(copy) {
      const text = copy.edit(
        REQUIREMENTS,
        '| Shorten a link | p99 < 200 ms | Includes the malware and phishing lookup; p50 < 60 ms |',
        '| Shorten a link | fast | Includes the malware and phishing lookup |',
      );
      return [hit('latency-without-target', REQUIREMENTS, lineOf(text, '| Shorten a link | fast |'))];
    },
  },
  {
    rule: 'latency-without-target',
    kind: 'fires',
    title: 'latency as a list where one use case says "as fast as possible"',
    apply(copy) {
      const text = copy.useSection(REQUIREMENTS, 'latency-list.md');
      return [hit('latency-without-target', REQUIREMENTS, lineOf(text, '- **Delete a link**: as fast as possible.'))];
    },
  },
  {
    rule: 'latency-without-target',
    kind: 'near miss',
    title: 'targets written as "p99 under 50ms" and "1 second" in a list',
    apply(copy) {
      copy.useSection(REQUIREMENTS, 'latency-list.md');
      copy.edit(REQUIREMENTS, '- **Delete a link**: as fast as possible.', '- **Delete a link**: p99 under 0.3 s.');
      return [];
    },
  },
  {
    rule: 'latency-without-target',
    kind: 'near miss',
    title: 'a use case marked "not latency-sensitive"',
    apply(copy) {
      copy.edit(
        REQUIREMENTS,
        '| View link analytics | p99 < 1 s | Counts may lag real clicks by up to 5 minutes |',
        '| View link analytics | Not latency-sensitive | Counts come from a batch job |',
      );
      return [];
    },
  },
  {
    rule: 'latency-without-target',
    kind: 'near miss',
    title: 'a list of measurement notes under the table of targets',
    apply(copy) {
      copy.useSection(REQUIREMENTS, 'latency-table-with-notes.md');
      return [];
    },
  },
  {
    rule: 'availability-without-target',
    kind: 'fires',
    title: '"highly available" with no number',
    apply(copy) {
      const text = copy.useSection(REQUIREMENTS, 'availability-vague.md');
      return [hit('availability-without-target', REQUIREMENTS, lineOf(text, '## Availability'))];
    },
  },
  {
    rule: 'availability-without-target',
    kind: 'near miss',
    title: 'a target of "99.9%"',
    apply(copy) {
      copy.useSection(REQUIREMENTS, 'availability-percent.md');
      return [];
    },
  },
  {
    rule: 'availability-without-target',
    kind: 'near miss',
    title: 'a downtime budget of "8 hours a year"',
    apply(copy) {
      copy.useSection(REQUIREMENTS, 'availability-downtime.md');
      return [];
    },
  },
  {
    rule: 'availability-without-target',
    kind: 'near miss',
    title: 'a target spelled "99.99 percent"',
    apply(copy) {
      copy.useSection(REQUIREMENTS, 'availability-percent-word.md');
      return [];
    },
  },
  {
    rule: 'scale-without-numbers',
    kind: 'fires',
    title: 'bandwidth described without a number',
    apply(copy) {
      const text = copy.edit(SCALE, BANDWIDTH, '- **Bandwidth**: small, dominated by TLS handshakes at the edge.');
      return [hit('scale-without-numbers', SCALE, lineOf(text, '## Scale summary'))];
    },
  },
  {
    rule: 'scale-without-numbers',
    kind: 'near miss',
    title: 'the summary written as a table of quantities',
    apply(copy) {
      copy.useSection(SCALE, 'scale-summary-table.md');
      return [];
    },
  },
  {
    rule: 'throughput-without-rows',
    kind: 'fires',
    title: 'a row whose TPS cells hold dashes',
    apply(copy) {
      const text = copy.edit(SCALE, '| List links | Read | 3.5 | 35 |', '| List links | Read | — | — |');
      return [hit('throughput-without-rows', SCALE, lineOf(text, '| List links |'))];
    },
  },
  {
    rule: 'throughput-without-rows',
    kind: 'fires',
    title: 'throughput given in prose instead of a table',
    apply(copy) {
      const text = copy.useSection(SCALE, 'throughput-prose.md');
      return [hit('throughput-without-rows', SCALE, lineOf(text, '## Throughput per operation'))];
    },
  },
  {
    rule: 'throughput-without-rows',
    kind: 'fires',
    title: 'a table with a header and no rows yet, under a written sentence',
    apply(copy) {
      const text = copy.useSection(SCALE, 'throughput-header-only.md');
      return [hit('throughput-without-rows', SCALE, lineOf(text, '| Operation | Read/Write | Average TPS | Peak TPS |'))];
    },
  },
  {
    rule: 'throughput-without-rows',
    kind: 'near miss',
    title: 'rough numbers such as "~4" and "5.8k"',
    apply(copy) {
      copy.edit(SCALE, '| List links | Read | 3.5 | 35 |', '| List links | Read | ~4 | ~35 |');
      copy.edit(SCALE, '| Resolve short link | Read | 1160 | 5800 |', '| Resolve short link | Read | 1.2k | 5.8k |');
      return [];
    },
  },
  {
    rule: 'api-without-operations',
    kind: 'fires',
    title: 'an API section with prose and no operation',
    apply(copy) {
      const api = copy.useSection(INTERFACES, 'api-prose-only.md');
      const scale = copy.read(SCALE);
      // Without operations in the API, every throughput row of step 3 is untraced too.
      const rows = ['Create short link', 'Resolve short link', 'List links', 'Get link stats', 'Delete link'];
      return [
        hit('api-without-operations', INTERFACES, lineOf(api, '## API')),
        ...rows.map((name) => hit('untraced-operation', SCALE, lineOf(scale, `| ${name} |`))),
      ];
    },
  },
  {
    rule: 'api-without-operations',
    kind: 'near miss',
    title: 'an OpenAPI block instead of a table',
    apply(copy) {
      copy.useSection(INTERFACES, 'api-openapi.md');
      return [];
    },
  },
  {
    rule: 'api-without-operations',
    kind: 'near miss',
    title: 'a list of `METHOD /path` operations',
    apply(copy) {
      copy.useSection(INTERFACES, 'api-list.md');
      return [];
    },
  },
  {
    rule: 'diagram-missing',
    kind: 'fires',
    title: 'a component diagram described in words only',
    apply(copy) {
      const text = copy.useSection(COMPONENTS, 'component-diagram-prose.md');
      return [hit('diagram-missing', COMPONENTS, lineOf(text, '## Component diagram'))];
    },
  },
  {
    rule: 'diagram-missing',
    kind: 'fires',
    title: 'an architecture diagram in a fenced block of another language',
    apply(copy) {
      const text = copy.edit(COMPONENT_DESIGN, '```mermaid\nflowchart LR\n  users(', '```text\nflowchart LR\n  users(');
      return [hit('diagram-missing', COMPONENT_DESIGN, lineOf(text, '## Architecture diagram'))];
    },
  },
  {
    rule: 'diagram-missing',
    kind: 'near miss',
    title: 'an embedded image',
    apply(copy) {
      // The linked file exists (else broken-link would report the link).
      mkdirSync(copy.path('diagrams'));
      copy.write('diagrams/components.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
      copy.useSection(COMPONENTS, 'component-diagram-image.md');
      return [];
    },
  },
  {
    rule: 'diagram-missing',
    kind: 'near miss',
    title: 'a link to an image file',
    apply(copy) {
      // The linked file exists (else broken-link would report the link).
      mkdirSync(copy.path('diagrams'));
      copy.write('diagrams/components.drawio.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
      copy.useSection(COMPONENTS, 'component-diagram-linked.md');
      return [];
    },
  },
  {
    rule: 'stored-data-without-access-pattern',
    kind: 'fires',
    title: 'a row with an empty access pattern cell',
    apply(copy) {
      const text = copy.edit(DATA_FLOW, AUDIT_ROW, '| Audit log | Append-only log store | |');
      return [hit('stored-data-without-access-pattern', DATA_FLOW, lineOf(text, '| Audit log |'))];
    },
  },
  {
    rule: 'stored-data-without-access-pattern',
    kind: 'fires',
    title: 'a table with no access pattern column',
    apply(copy) {
      const text = copy.edit(DATA_FLOW, '| Data | Store | Access pattern |', '| Data | Store | Retention |');
      return [hit('stored-data-without-access-pattern', DATA_FLOW, lineOf(text, '| Data | Store | Retention |'))];
    },
  },
  {
    rule: 'stored-data-without-access-pattern',
    kind: 'fires',
    title: 'a list item that names a store but not how it is used',
    apply(copy) {
      const text = copy.useSection(DATA_FLOW, 'stored-data-list.md');
      return [hit('stored-data-without-access-pattern', DATA_FLOW, lineOf(text, '- **Audit log**: kept'))];
    },
  },
  {
    rule: 'stored-data-without-access-pattern',
    kind: 'near miss',
    title: 'the column headed "How it is used"',
    apply(copy) {
      copy.edit(DATA_FLOW, '| Data | Store | Access pattern |', '| Data | Store | How it is used |');
      return [];
    },
  },
  {
    rule: 'stored-data-without-access-pattern',
    kind: 'near miss',
    title: 'a list of notes under the stored data table',
    apply(copy) {
      copy.edit(DATA_FLOW, `${AUDIT_ROW}\n`, `${AUDIT_ROW}\n\nNotes:\n\n- **Sizes** are for the end of year one.\n- **Backups**: nightly snapshots, kept 35 days.\n`);
      return [];
    },
  },
  {
    rule: 'technology-without-reason',
    kind: 'fires',
    title: 'a choice with an empty reason cell',
    apply(copy) {
      const text = copy.edit(COMPONENT_DESIGN, ANALYTICS_CHOICE_REASON, '| |');
      return [hit('technology-without-reason', COMPONENT_DESIGN, lineOf(text, '| Analytics store |'))];
    },
  },
  {
    rule: 'technology-without-reason',
    kind: 'fires',
    title: 'a choices table with no reason column',
    apply(copy) {
      const text = copy.edit(COMPONENT_DESIGN, '| Component | Choice | Alternatives | Reason |', '| Component | Choice | Alternatives | Notes |');
      return [hit('technology-without-reason', COMPONENT_DESIGN, lineOf(text, '| Component | Choice | Alternatives | Notes |'))];
    },
  },
  {
    rule: 'technology-without-reason',
    kind: 'near miss',
    title: 'the reason column headed "Why"',
    apply(copy) {
      copy.edit(COMPONENT_DESIGN, '| Component | Choice | Alternatives | Reason |', '| Component | Choice | Alternatives considered | Why |');
      return [];
    },
  },
  {
    rule: 'technology-without-reason',
    kind: 'near miss',
    title: 'choices as a list, each with its reason',
    apply(copy) {
      copy.useSection(COMPONENT_DESIGN, 'technology-list.md');
      return [];
    },
  },
];

/**
 * The seven steps as data: artifacts, aliases, guiding questions and which content checks apply.
 * Adding an artifact or an alias here is all it takes for the parser, checker, tree and forms.
 */

/** How an artifact is written, which decides its template and its form field. */
export type ArtifactKind = 'prose' | 'list' | 'table' | 'diagram' | 'api';

/** Content checks an artifact opts into; each names a function in `content-rules.ts`. */
export type ContentCheck =
  | 'latency-targets'
  | 'availability-target'
  | 'scale-numbers'
  | 'throughput-rows'
  | 'api-operations'
  | 'diagram'
  | 'stored-data-access'
  | 'technology-reasons';

/** The part an artifact plays in cross-step traceability. */
export type TraceRole =
  | 'use-cases'
  | 'latency'
  | 'workflows'
  | 'throughput'
  | 'api'
  | 'components'
  | 'technology-choices';

export interface ArtifactSpec {
  id: string;
  title: string;
  aliases: string[];
  kind: ArtifactKind;
  /** One sentence on what belongs in the section. */
  summary: string;
  questions: string[];
  checks: ContentCheck[];
  role?: TraceRole;
  /** Column headings of the table a table artifact starts with. */
  columns?: string[];
}

export interface StepSpec {
  step: number;
  title: string;
  /** File name `New Design…` gives the step. */
  fileName: string;
  purpose: string;
  artifacts: ArtifactSpec[];
}

export const STEPS: readonly StepSpec[] = [
  {
    step: 1,
    title: 'Validate the need',
    fileName: '01-justification.md',
    purpose: 'Make sure the system is worth building before anyone designs it.',
    artifacts: [
      {
        id: 'problem-statement',
        title: 'Problem statement',
        aliases: ['Problem', 'Motivation', 'Customer problem', 'Background'],
        kind: 'prose',
        summary: 'The customer problem or need this system answers, in terms a non-engineer would recognise.',
        questions: [
          'Which customer, and which pain of theirs, is this for?',
          'What goes wrong today, and how do we know?',
        ],
        checks: [],
      },
      {
        id: 'proposed-solution',
        title: 'Proposed solution',
        aliases: ['Solution', 'Proposal', 'Goals'],
        kind: 'prose',
        summary: 'How the new service meets the need, and what the world looks like once it ships.',
        questions: [
          'How does the service take the pain away?',
          'What is true when this work is finished?',
        ],
        checks: [],
      },
      {
        id: 'existing-solutions',
        title: 'Existing solutions',
        aliases: ['Alternatives', 'Alternatives considered', 'Prior art', 'Build vs buy'],
        kind: 'prose',
        summary: 'What already exists, in house or outside, and why it falls short.',
        questions: [
          'Could an existing service, product or library solve all or part of this?',
          'If we adopted one, is it well supported and documented?',
          'What exactly is missing that justifies building?',
        ],
        checks: [],
      },
    ],
  },
  {
    step: 2,
    title: 'Clarify requirements',
    fileName: '02-requirements.md',
    purpose: 'Pin down who uses the system, what they do with it, and the bars it has to clear.',
    artifacts: [
      {
        id: 'users-and-personas',
        title: 'Users and personas',
        aliases: ['Users', 'Personas', 'User personas'],
        kind: 'table',
        summary: 'Each kind of caller: internal or external, human or program, and what it needs.',
        questions: [
          'Who calls the system: staff, customers, other services?',
          'Which of them are people and which are programs?',
        ],
        checks: [],
        columns: ['Persona', 'Kind', 'Needs'],
      },
      {
        id: 'use-cases',
        title: 'Use cases',
        aliases: ['Use-cases', 'Functional requirements', 'Features', 'User stories'],
        kind: 'list',
        summary: 'The use cases the first release must support, one item each, named in bold.',
        questions: [
          'What must the first release do, and what can wait?',
          'Which upcoming features should the design leave room for?',
        ],
        checks: [],
        role: 'use-cases',
      },
      {
        id: 'latency-requirements',
        title: 'Latency requirements',
        aliases: ['Latency', 'Latency targets', 'Performance requirements'],
        kind: 'table',
        summary: 'A latency target for every use case: a number with a unit, such as p99 < 100 ms.',
        questions: [
          'How fast must each use case answer, and at which percentile?',
          'Which use cases are not latency-sensitive at all?',
        ],
        checks: ['latency-targets'],
        role: 'latency',
        columns: ['Use case', 'Target', 'Notes'],
      },
      {
        id: 'availability',
        title: 'Availability',
        aliases: ['Availability requirements', 'Availability target', 'SLA', 'SLO'],
        kind: 'prose',
        summary: 'The availability target, as a percentage or as downtime a year allowed.',
        questions: [
          'Is the service needed around the clock, or only in business hours?',
          'What does an hour of downtime cost, and who notices first?',
        ],
        checks: ['availability-target'],
      },
      {
        id: 'security-requirements',
        title: 'Security requirements',
        aliases: ['Security', 'Security and privacy', 'Privacy and security'],
        kind: 'prose',
        summary: 'Who may call what, who may see which data, and what is encrypted where.',
        questions: [
          'Who may call each API, and who may read which data?',
          'Is the service public, or limited to allow-listed callers?',
          'What must be encrypted in transit and at rest?',
          'Which abuse or malicious use must we withstand?',
        ],
        checks: [],
      },
      {
        id: 'stakeholders',
        title: 'Stakeholders',
        aliases: ['Reviewers', 'Stakeholder sign-off'],
        kind: 'list',
        summary: 'The people and teams who get a say, and whether they have signed off.',
        questions: [
          'Whose agreement do we need before building, and have we asked them?',
          'Which teams depend on or are affected by this service?',
        ],
        checks: [],
      },
    ],
  },
  {
    step: 3,
    title: 'Estimate scale',
    fileName: '03-scale.md',
    purpose: 'Size the load and the data, since they decide how much machinery the design needs.',
    artifacts: [
      {
        id: 'scale-summary',
        title: 'Scale summary',
        aliases: ['Scale', 'Scale estimates', 'Capacity estimates', 'Back of the envelope'],
        kind: 'list',
        summary:
          'Numbers for total and active users, data size and growth, the read/write mix and bandwidth.',
        questions: [
          'How many users of each kind, and how many at once?',
          'How much data on day one, and how fast does it grow?',
          'How do reads compare with writes for each kind of data?',
          'How much network bandwidth does the traffic take?',
        ],
        checks: ['scale-numbers'],
      },
      {
        id: 'throughput-per-operation',
        title: 'Throughput per operation',
        aliases: ['Throughput', 'TPS per operation', 'Traffic per operation', 'QPS per operation'],
        kind: 'table',
        summary: 'Expected transactions per second for each user operation, on average and at peak.',
        questions: [
          'Which operations carry the traffic, and at what rate?',
          'How far above the average does the peak go?',
        ],
        checks: ['throughput-rows'],
        role: 'throughput',
        columns: ['Operation', 'Read/Write', 'Average TPS', 'Peak TPS'],
      },
    ],
  },
  {
    step: 4,
    title: 'Define interfaces and data models',
    fileName: '04-interfaces.md',
    purpose: 'Fix how callers talk to the service, independent of how it is built inside.',
    artifacts: [
      {
        id: 'api',
        title: 'API',
        aliases: ['API spec', 'API specification', 'Interfaces', 'System interfaces', 'Endpoints'],
        kind: 'api',
        summary:
          'Every operation with its method, name or path, request and response, as a table or an OpenAPI block.',
        questions: [
          'How do the use cases become operations that are simple and free of internals?',
          'Would a third party understand each name without knowing our systems?',
          'Can the operations follow resources and HTTP methods?',
        ],
        checks: ['api-operations'],
        role: 'api',
        columns: ['Operation', 'Method', 'Path', 'Request', 'Response'],
      },
      {
        id: 'data-models',
        title: 'Data models',
        aliases: ['Data model', 'Schemas', 'Entities'],
        kind: 'prose',
        summary: 'The entities the API exposes, with their fields and types.',
        questions: [
          'Which resources does the API expose, and what are their fields?',
          'Which fields could change later without breaking callers?',
        ],
        checks: [],
      },
    ],
  },
  {
    step: 5,
    title: 'Define data flow and storage',
    fileName: '05-data-flow.md',
    purpose: 'Follow the data in and out of the service, still treating its insides as a black box.',
    artifacts: [
      {
        id: 'data-flow',
        title: 'Data flow',
        aliases: ['Dataflow', 'Data flows'],
        kind: 'prose',
        summary: 'Where data comes from, how it reaches the service, and who consumes it afterwards.',
        questions: [
          'Which upstream systems or users send us data, and how?',
          'Which downstream systems consume our data, and how?',
        ],
        checks: [],
      },
      {
        id: 'stored-data',
        title: 'Stored data',
        aliases: ['Storage', 'Data storage', 'Data stores'],
        kind: 'table',
        summary: 'Each kind of data the service keeps, with the store and its access pattern.',
        questions: [
          'What must the service store, and in which structures?',
          'How is each kind of data read and written?',
        ],
        checks: ['stored-data-access'],
        columns: ['Data', 'Store', 'Access pattern'],
      },
      {
        id: 'data-lifecycle',
        title: 'Data lifecycle',
        aliases: ['Lifecycle', 'Data retention', 'Retention'],
        kind: 'prose',
        summary: 'What happens to each kind of data from arrival to deletion.',
        questions: [
          'How long is each kind of data kept, and what removes it?',
          'What happens on the way from arrival to archive or deletion?',
        ],
        checks: [],
      },
    ],
  },
  {
    step: 6,
    title: 'Define high-level components',
    fileName: '06-components.md',
    purpose: 'Split the system into a few components and show how the use cases move through them.',
    artifacts: [
      {
        id: 'component-diagram',
        title: 'Component diagram',
        aliases: ['High-level diagram', 'High level design', 'Diagram'],
        kind: 'diagram',
        summary: 'A diagram of the components and how they connect: a mermaid block or an image.',
        questions: [
          'Which boxes are there, and which arrows join them?',
          'Where do data and requests enter and leave?',
        ],
        checks: ['diagram'],
      },
      {
        id: 'workflows',
        title: 'Workflows',
        aliases: ['Use case workflows', 'Flows', 'Request flows'],
        kind: 'prose',
        summary: 'For each use case, a ### heading with its name and the path it takes through the components.',
        questions: [
          'Which components does each use case pass through, and in which order?',
          'Which calls are synchronous, and which happen later?',
        ],
        checks: [],
        role: 'workflows',
      },
      {
        id: 'components',
        title: 'Components',
        aliases: ['High-level components', 'Component list', 'Services'],
        kind: 'list',
        summary: 'Each component, named in bold, with its one responsibility.',
        questions: [
          'What is each component responsible for, and nothing more?',
          'Which components could we take off the shelf?',
        ],
        checks: [],
        role: 'components',
      },
    ],
  },
  {
    step: 7,
    title: 'Design individual components',
    fileName: '07-component-design.md',
    purpose: 'Choose how each component is built, secured, replicated and cached.',
    artifacts: [
      {
        id: 'architecture-diagram',
        title: 'Architecture diagram',
        aliases: ['Detailed diagram', 'Detailed architecture', 'Architecture'],
        kind: 'diagram',
        summary: 'A detailed diagram of the components as built: a mermaid block or an image.',
        questions: [
          'What does each component look like inside?',
          'Where do replicas, queues and caches sit?',
        ],
        checks: ['diagram'],
      },
      {
        id: 'component-workflows',
        title: 'Component workflows',
        aliases: ['Detailed workflows', 'Internal workflows'],
        kind: 'prose',
        summary: 'How each component handles its part of the use cases, step by step.',
        questions: [
          'What happens inside each component for each request it handles?',
          'What happens when a dependency is slow or down?',
        ],
        checks: [],
      },
      {
        id: 'technology-choices',
        title: 'Technology choices',
        aliases: ['Technologies', 'Technology stack', 'Tech stack', 'Technology decisions'],
        kind: 'table',
        summary: 'For each component: the technology chosen, the alternatives weighed and the reason.',
        questions: [
          'Which database, queue or framework fits each component, and why?',
          'Which alternatives did we weigh, and what tipped the choice?',
        ],
        checks: ['technology-reasons'],
        role: 'technology-choices',
        columns: ['Component', 'Choice', 'Alternatives', 'Reason'],
      },
      {
        id: 'access-control',
        title: 'Access control',
        aliases: ['Authorization', 'Authentication and authorization', 'Auth'],
        kind: 'prose',
        summary: 'How each component authenticates callers and enforces who may do what.',
        questions: [
          'How does each component know who is calling?',
          'Where are permissions checked, and against what?',
        ],
        checks: [],
      },
      {
        id: 'replication-and-caching',
        title: 'Replication and caching',
        aliases: ['Replication', 'Caching', 'Caching and replication', 'Scaling'],
        kind: 'prose',
        summary: 'How data is replicated and cached to meet the scale and availability targets.',
        questions: [
          'How many copies of each store, where, and how are they kept in step?',
          'What is cached, for how long, and how is it invalidated?',
        ],
        checks: [],
      },
    ],
  },
];

export const STEP_COUNT = STEPS.length;

export function stepSpec(step: number): StepSpec | undefined {
  return STEPS.find((spec) => spec.step === step);
}

export function artifactByRole(role: TraceRole): { step: StepSpec; artifact: ArtifactSpec } | undefined {
  for (const step of STEPS) {
    const artifact = step.artifacts.find((candidate) => candidate.role === role);
    if (artifact) return { step, artifact };
  }
  return undefined;
}

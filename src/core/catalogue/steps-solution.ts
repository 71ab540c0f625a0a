/** Steps 4–7 of the catalogue: interfaces, data, components and their design. */
import type { StepSpec } from './step-types';

export const SOLUTION_STEPS: readonly StepSpec[] = [
  {
    step: 4,
    title: 'Define interfaces and data models',
    fileName: '04-interfaces.md',
    purpose: 'Fix how callers talk to the service, independent of how it is built inside.',
    artifacts: [
      {
        id: 'api',
        title: 'API',
        aliases: ['API spec', 'API specification', 'Interfaces', 'System interfaces', 'Endpoints', 'Protocol', 'RPCs', 'Operations', 'Commands'],
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
        aliases: ['Data model', 'Schemas', 'Entities', 'Data structures', 'Message formats', 'Records'],
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
        aliases: ['Dataflow', 'Data flows', 'Flow of data', 'Data path', 'Write path', 'Read path', 'Pipeline'],
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
        aliases: ['Storage', 'Data storage', 'Data stores', 'Persistence', 'Database', 'Storage layout', 'Tables'],
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
        aliases: ['Lifecycle', 'Data retention', 'Retention', 'Deletion', 'Expiry', 'Expiration', 'Garbage collection', 'Archival', 'Cleanup', 'TTL'],
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
        aliases: ['High-level diagram', 'High level design', 'Diagram', 'Architecture', 'Architecture overview', 'System diagram', 'High-level architecture'],
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
        aliases: ['Use case workflows', 'Flows', 'Request flows', 'Request paths', 'Interactions', 'Sequences'],
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
        aliases: ['High-level components', 'Component list', 'Services', 'Building blocks', 'Modules', 'Subsystems'],
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
        aliases: ['Detailed workflows', 'Internal workflows', 'Design', 'Design details', 'Detailed design', 'Core components', 'Design core components', 'Implementation', 'Implementation details', 'Internals', 'Behavior', 'Behaviour', 'Algorithm', 'How', 'How it works'],
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
        aliases: ['Technologies', 'Technology stack', 'Tech stack', 'Technology decisions', 'Design decisions', 'Architecture decisions', 'Decisions', 'Rationale', 'Trade-offs', 'Tradeoffs'],
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
        aliases: ['Authorization', 'Authentication and authorization', 'Auth', 'Authentication', 'Access', 'Permissions', 'Credentials', 'RBAC'],
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
        aliases: ['Replication', 'Caching', 'Caching and replication', 'Scaling', 'Sharding', 'Partitioning', 'Replicas'],
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

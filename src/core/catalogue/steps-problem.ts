/** Steps 1–3 of the catalogue: the problem, the requirements and the scale. */
import type { StepSpec } from './step-types';

export const PROBLEM_STEPS: readonly StepSpec[] = [
  {
    step: 1,
    title: 'Validate the need',
    fileName: '01-justification.md',
    purpose: 'Make sure the system is worth building before anyone designs it.',
    artifacts: [
      {
        id: 'problem-statement',
        title: 'Problem statement',
        aliases: ['Problem', 'Motivation', 'Customer problem', 'Background', 'Context', 'Why', 'Pain points'],
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
        aliases: ['Solution', 'Proposal', 'Goals', 'Overview', 'Summary', 'Abstract', 'Approach'],
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
        aliases: ['Alternatives', 'Alternatives considered', 'Prior art', 'Build vs buy', 'Current solutions', 'Existing systems', 'Related work', 'Status quo', 'Options considered'],
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
        aliases: ['Users', 'Personas', 'User personas', 'Audience', 'Actors', 'Customers', 'Who'],
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
        aliases: ['Use-cases', 'Functional requirements', 'Features', 'User stories', 'Scenarios', 'User journeys', 'Capabilities'],
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
        aliases: ['Latency', 'Latency targets', 'Performance requirements', 'Performance', 'Response times'],
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
        aliases: ['Availability requirements', 'Availability target', 'SLA', 'SLO', 'Service level objectives', 'Reliability', 'Uptime'],
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
        aliases: ['Security', 'Security and privacy', 'Privacy and security', 'Privacy', 'Compliance', 'Threat model'],
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
        aliases: ['Reviewers', 'Stakeholder sign-off', 'Approvers', 'Owners', 'Sign-off'],
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
        aliases: ['Scale', 'Scale estimates', 'Capacity estimates', 'Back of the envelope', 'Scalability', 'Constraints and assumptions', 'Assumptions', 'Capacity', 'Capacity planning', 'Estimates', 'Sizing'],
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
        aliases: ['Throughput', 'TPS per operation', 'Traffic per operation', 'QPS per operation', 'Traffic', 'QPS', 'TPS', 'RPS', 'Request rates'],
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
];

/**
 * arc42 sections 7–12: deployment, cross-cutting concepts, decisions, quality, risks and the
 * glossary. Aliases as in `arc42-goals.ts`: the English and German headings real documents use.
 */
import type { StepSpec } from './step-types';

export const ARC42_QUALITY_STEPS: readonly StepSpec[] = [
  {
    step: 7,
    title: 'Deployment view',
    fileName: '07_deployment_view.md',
    purpose: 'Show the infrastructure the system runs on and which building block runs where.',
    aliases: ['Deployment', 'Verteilungssicht', 'Infrastructure', 'Deployment and operations'],
    artifacts: [
      {
        id: 'infrastructure',
        title: 'Infrastructure',
        aliases: ['Infrastructure level 1', 'Infrastruktur Ebene 1', 'Infrastruktur', 'Deployment', 'Deployment diagram', 'Deployment model', 'Deployment overview', 'Environments', 'Environment', 'Hosting', 'Nodes'],
        kind: 'diagram',
        summary: 'The machines, containers, networks and environments the system runs on, and which building blocks are deployed to each.',
        questions: [
          'Which environments exist (development, test, production), and how do they differ?',
          'On which nodes, containers or cloud services does each building block run?',
          'Which parts of the infrastructure are shared or outside our control?',
        ],
        checks: [],
        cues: ['diagram'],
      },
    ],
  },
  {
    step: 8,
    title: 'Cross-cutting concepts',
    fileName: '08_concepts.md',
    purpose: 'Explain the rules and solutions that apply across many building blocks, so they are decided once.',
    aliases: ['Concepts', 'Crosscutting concepts', 'Querschnittliche Konzepte', 'Konzepte', 'Cross-cutting concerns', 'Technical concepts'],
    artifacts: [
      {
        id: 'concepts',
        title: 'Concepts',
        // A concept section is named after its topic, so the common topics name it too.
        aliases: ['Cross-cutting concepts', 'Crosscutting concepts', 'Konzepte', 'Domain model', 'Domain concepts', 'Security', 'Sicherheit', 'Persistence', 'Persistenz', 'Logging', 'Monitoring', 'Observability', 'Error handling', 'Exception handling', 'Fehlerbehandlung', 'Transactions', 'Session handling', 'Caching', 'Configuration', 'Internationalization', 'Internationalisation', 'User interface', 'Testing', 'Testability', 'Build and release', 'Operations', 'Performance', 'Scalability', 'Authentication', 'Authorization', 'Data sovereignty', 'Privacy', 'Validation'],
        kind: 'prose',
        summary: 'Each concept that many building blocks share (domain model, security, persistence, error handling, logging, …) as a section of its own.',
        questions: [
          'Which problems are solved the same way in many places, and how?',
          'Which rules must every developer follow (security, logging, error handling)?',
          'What are the central domain concepts and how do they relate?',
        ],
        checks: [],
      },
    ],
  },
  {
    step: 9,
    title: 'Architecture decisions',
    fileName: '09_architecture_decisions.md',
    purpose: 'Record the important, expensive or risky decisions and why they were taken.',
    aliases: ['Decisions', 'Architekturentscheidungen', 'Entscheidungen', 'Design decisions', 'Architecture decision records'],
    artifacts: [
      {
        id: 'decisions',
        title: 'Decisions',
        aliases: ['Architecture decisions', 'Architekturentscheidungen', 'Entscheidungen', 'Design decisions', 'Technology decisions', 'Architecture decision records', 'Decision records', 'ADR', 'ADRs', 'Decision log'],
        kind: 'list',
        summary: 'Each significant decision with its context, the options weighed, the choice and its consequences, or links to the decision records.',
        questions: [
          'Which decisions would be expensive to reverse, or surprise a newcomer?',
          'Which alternatives were considered, and what tipped the choice?',
          'What follows from each decision, good and bad?',
        ],
        checks: [],
      },
    ],
  },
  {
    step: 10,
    title: 'Quality requirements',
    fileName: '10_quality_requirements.md',
    purpose: 'Make the quality goals concrete and testable, beyond the top few of section 1.',
    aliases: ['Quality', 'Qualitätsanforderungen', 'Quality scenarios', 'Non-functional requirements'],
    artifacts: [
      {
        id: 'quality-tree',
        title: 'Quality tree',
        aliases: ['Qualitätsbaum', 'Utility tree', 'Quality attribute tree', 'Quality model', 'Quality attributes', 'Quality requirements overview'],
        kind: 'diagram',
        summary: 'The quality goals broken down into finer qualities, as a tree, mind map or table, with links to the scenarios.',
        questions: ['Which finer qualities make up each quality goal?'],
        checks: [],
        // documents with only a handful of scenarios rarely draw a tree
        optional: true,
      },
      {
        id: 'quality-scenarios',
        title: 'Quality scenarios',
        aliases: ['Qualitätsszenarien', 'Quality scenario', 'Scenarios', 'Quality requirements', 'Non-functional requirements', 'Non-functional', 'Nonfunctional requirements', 'Quality attribute scenarios', 'Usage scenarios', 'Change scenarios'],
        kind: 'table',
        summary: 'Each quality requirement as a scenario a tester could check: the stimulus, the situation and the measurable response expected.',
        questions: [
          'What exactly should happen, and how fast or how often, when the quality is put to the test?',
          'Which future changes must the system absorb, and at what cost?',
        ],
        checks: [],
        columns: ['ID', 'Quality', 'Scenario', 'Expected response'],
      },
    ],
  },
  {
    step: 11,
    title: 'Risks and technical debt',
    fileName: '11_technical_risks.md',
    purpose: 'Name what could go wrong with the architecture and the shortcuts that will have to be paid back.',
    aliases: ['Risks and technical debts', 'Technical risks', 'Risks', 'Risiken und technische Schulden', 'Risiken', 'Technical debt'],
    artifacts: [
      {
        // arc42 asks for one list of risks and debts, ordered by priority, and most documents keep them together
        id: 'risks-and-technical-debt',
        title: 'Risks and technical debt',
        aliases: ['Risks and technical debts', 'Risks', 'Technical risks', 'Technical debt', 'Technical debts', 'Risiken und technische Schulden', 'Risiken', 'Technische Risiken', 'Technische Schulden', 'Known risks', 'Risk register', 'Known issues'],
        kind: 'list',
        summary: 'Each known risk to the architecture and each shortcut still to be paid back, most serious first, with what is done about it.',
        questions: [
          'What could make the system miss its quality goals or its deadline, and what lowers or watches that risk?',
          'Which shortcuts did we take, what do they cost, and when will each be paid back?',
        ],
        checks: [],
      },
    ],
  },
  {
    step: 12,
    title: 'Glossary',
    fileName: '12_glossary.md',
    purpose: 'Define the domain and technical terms the team and stakeholders use, so everyone means the same thing.',
    aliases: ['Glossar', 'Terms', 'Definitions', 'Terminology'],
    artifacts: [
      {
        id: 'terms',
        title: 'Terms',
        aliases: ['Glossary', 'Glossar', 'Begriffe', 'Definitions', 'Terminology', 'Abbreviations', 'Acronyms', 'Business glossary', 'Technical glossary', 'Domain terms', 'Technical terms'],
        kind: 'table',
        summary: 'The important terms, each with its definition, and translations where the team works in several languages.',
        questions: [
          'Which words would a newcomer, or a stakeholder from another team, misread?',
          'Which abbreviations does the document use?',
        ],
        checks: [],
        columns: ['Term', 'Definition'],
      },
    ],
  },
];

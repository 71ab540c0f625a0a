/**
 * arc42 sections 1–6: goals, constraints, context, strategy, building blocks and runtime. Aliases
 * are the headings real arc42 documents use, in English and in German (the template's first
 * language); the guidance is written for this extension, after arc42's structure.
 */
import type { StepSpec } from './step-types';

export const ARC42_GOAL_STEPS: readonly StepSpec[] = [
  {
    step: 1,
    title: 'Introduction and goals',
    fileName: '01_introduction_and_goals.md',
    purpose: 'Say what the system is for, which qualities matter most, and who cares about its architecture.',
    aliases: ['Introduction', 'Goals', 'Einführung und Ziele', 'Einführung', 'Introduction and goals of the system'],
    artifacts: [
      {
        id: 'requirements-overview',
        title: 'Requirements overview',
        aliases: ['Requirements', 'Aufgabenstellung', 'Task description', 'Functional requirements', 'Main features', 'Features', 'Purpose', 'Business goals', 'Essential features'],
        kind: 'list',
        summary: 'What the system has to do, in a few items a newcomer can read in a minute, with a link to the full requirements.',
        questions: [
          'Which problem does the system solve, and for whom?',
          'Which handful of features would a user name first?',
          'Where are the detailed requirements kept?',
        ],
        checks: [],
        cues: ['introduction'],
      },
      {
        id: 'quality-goals',
        title: 'Quality goals',
        aliases: ['Qualitätsziele', 'Top quality goals', 'Architecture goals', 'Key quality goals', 'Quality objectives'],
        kind: 'table',
        summary: 'The three to five qualities the architecture must achieve above all, most important first.',
        questions: [
          'Which qualities (performance, security, operability, …) would make the architecture fail if missed?',
          'In which order do they win when they conflict?',
        ],
        checks: [],
        columns: ['Priority', 'Quality goal', 'Motivation'],
      },
      {
        id: 'stakeholders',
        title: 'Stakeholders',
        aliases: ['Stakeholder', 'Interessengruppen', 'Beteiligte', 'Roles', 'Audience', 'Interested parties'],
        kind: 'table',
        summary: 'Everyone who should know the architecture, and what each expects from it or from this document.',
        questions: [
          'Who builds, runs, pays for, or depends on the system?',
          'What does each of them need to learn from the architecture?',
        ],
        checks: [],
        columns: ['Role', 'Contact', 'Expectations'],
      },
    ],
  },
  {
    step: 2,
    title: 'Architecture constraints',
    fileName: '02_architecture_constraints.md',
    purpose: 'List what the team may not decide freely: rules set by the organisation, technology, law or time.',
    aliases: ['Constraints', 'Randbedingungen', 'Architekturrandbedingungen', 'Architecture constraints and conventions'],
    artifacts: [
      {
        id: 'constraints',
        title: 'Constraints',
        aliases: ['Architecture constraints', 'Randbedingungen', 'Technical constraints', 'Organizational constraints', 'Organisational constraints', 'Political constraints', 'Regulatory constraints', 'Legal constraints', 'Conventions', 'Technische Randbedingungen', 'Organisatorische Randbedingungen', 'Konventionen', 'Limitations'],
        kind: 'table',
        summary: 'Each fixed requirement on the solution, with where it comes from.',
        questions: [
          'Which platforms, languages, products or standards are prescribed?',
          'Which deadlines, budgets, team rules or regulations narrow the choices?',
        ],
        checks: [],
        columns: ['Constraint', 'Background'],
      },
    ],
  },
  {
    step: 3,
    title: 'Context and scope',
    fileName: '03_context_and_scope.md',
    purpose: 'Draw the line between the system and its surroundings: who and what it talks to, and over which channels.',
    aliases: ['System scope and context', 'Scope and context', 'Context', 'System context', 'Kontextabgrenzung', 'Context boundary'],
    artifacts: [
      {
        id: 'business-context',
        title: 'Business context',
        aliases: ['Fachlicher Kontext', 'Domain context', 'Business scope', 'System context', 'Context diagram', 'Context'],
        kind: 'diagram',
        summary: 'Every communication partner of the system, people or systems, and what is exchanged with each, as a diagram or a table.',
        questions: [
          'Which users and neighbouring systems send data to the system, or receive it?',
          'What does each exchange mean for the business?',
        ],
        checks: [],
        cues: ['diagram'],
      },
      {
        id: 'technical-context',
        title: 'Technical context',
        aliases: ['Technischer Kontext', 'Technical interfaces', 'External interfaces', 'Channels', 'External systems', 'Technical scope'],
        kind: 'diagram',
        summary: 'The channels and protocols that connect the system to each partner, and which business exchange travels over which.',
        questions: [
          'Over which networks, protocols and formats does each exchange run?',
          'Which business exchange maps onto which channel?',
        ],
        checks: [],
        // many documents draw one context with its channels on it
        optional: true,
      },
    ],
  },
  {
    step: 4,
    title: 'Solution strategy',
    fileName: '04_solution_strategy.md',
    purpose: 'Sum up the fundamental decisions and approaches that shape the architecture.',
    aliases: ['Lösungsstrategie', 'Strategy', 'Solution approach'],
    artifacts: [
      {
        id: 'solution-strategy',
        title: 'Solution strategy',
        aliases: ['Lösungsstrategie', 'Strategy', 'Solution approach', 'Approach', 'Key decisions', 'Fundamental decisions'],
        kind: 'table',
        summary: 'The few basic decisions (technology, decomposition, how quality goals are met) with the goal or problem each answers.',
        questions: [
          'Which technologies and top-level decomposition did we choose, and why?',
          'How does the design reach each quality goal of section 1?',
          'Which organisational decisions (process, delegation) shape the architecture?',
        ],
        checks: [],
        columns: ['Goal or problem', 'Approach'],
      },
    ],
  },
  {
    step: 5,
    title: 'Building block view',
    fileName: '05_building_block_view.md',
    purpose: 'Break the system down into its building blocks, level by level, each with its responsibility and interfaces.',
    aliases: ['Building blocks', 'Bausteinsicht', 'Static view', 'Structure'],
    artifacts: [
      {
        id: 'whitebox-overall-system',
        title: 'Whitebox overall system',
        aliases: ['Level 1', 'Ebene 1', 'Whitebox Gesamtsystem', 'Overall system', 'Top-level architecture', 'Top-level building blocks', 'Building blocks', 'Overview', 'System decomposition', 'Decomposition'],
        kind: 'diagram',
        summary: 'The first level of the decomposition: a diagram of the top building blocks, then each block with its responsibility.',
        questions: [
          'Into which building blocks does the system fall at the top level, and why this cut?',
          'What is each block responsible for, and which interfaces does it offer?',
        ],
        checks: [],
        cues: ['diagram', 'introduction'],
      },
      {
        id: 'level-2',
        title: 'Level 2',
        aliases: ['Ebene 2', 'Whitebox level 2', 'Level 2 whiteboxes', 'Inside the building blocks'],
        kind: 'diagram',
        summary: 'The inside of the level-1 blocks that deserve it, each as a whitebox of its own.',
        questions: ['Which level-1 blocks are complex or risky enough to open up?'],
        checks: [],
        optional: true,
      },
    ],
  },
  {
    step: 6,
    title: 'Runtime view',
    fileName: '06_runtime_view.md',
    purpose: 'Show how the building blocks work together at run time in the scenarios that matter.',
    aliases: ['Runtime', 'Laufzeitsicht', 'Dynamic view', 'Runtime scenarios'],
    artifacts: [
      {
        id: 'runtime-scenarios',
        title: 'Runtime scenarios',
        aliases: ['Runtime scenario', 'Laufzeitszenario', 'Laufzeitszenarien', 'Scenario', 'Scenarios', 'Sequence', 'Message flow', 'Flows', 'Workflows', 'Interactions', 'Use case'],
        kind: 'prose',
        summary: 'A few important or risky scenarios, each with the blocks it passes through in order, as a sequence diagram or numbered steps.',
        questions: [
          'Which use cases, start-up, error or operation scenarios are worth showing?',
          'Which building blocks take part, and in which order?',
        ],
        checks: [],
        cues: ['diagram'],
      },
    ],
  },
];

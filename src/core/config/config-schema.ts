/**
 * The JSON Schema of `.design-docs.yaml`, built from the same vocabularies the core checks the
 * file against, so the editor's YAML validation and the checker never disagree. Written to
 * `schemas/design-docs.schema.json` by `npm run rules:docs`.
 */
import { LEVELS } from '../catalogue/levels';
import { RULE_IDS } from '../rules';
import { ARTIFACT_KINDS, CONTENT_CHECKS, CONTENT_CUES, TRACE_ROLES } from './config-vocabulary';

const text = { type: 'string', minLength: 1 };
const texts = { anyOf: [text, { type: 'array', items: text }] };

function ruleLevels(description: string): Record<string, unknown> {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    properties: Object.fromEntries(RULE_IDS.map((id) => [id, { enum: [...LEVELS] }])),
  };
}

export function configSchema(): Record<string, unknown> {
  const artifact = {
    type: 'object',
    required: ['id'],
    additionalProperties: false,
    properties: {
      id: { ...text, description: 'The id of an artifact to change, or of a new one (such as rollout-plan).' },
      remove: { type: 'boolean', description: 'Remove this artifact from the step.' },
      title: { ...text, description: 'The section heading. Renaming keeps the old title as an alias.' },
      aliases: { ...texts, description: 'Other headings that name this section (replaces the list).' },
      'add-aliases': { ...texts, description: 'Headings added to the aliases the artifact already has.' },
      kind: { enum: [...ARTIFACT_KINDS] },
      summary: { ...text, description: 'One sentence on what belongs in the section (required for a new artifact).' },
      questions: { ...texts, description: 'Guiding questions shown in the form, hover and template.' },
      checks: { type: 'array', items: { enum: [...CONTENT_CHECKS] } },
      cues: { type: 'array', items: { enum: [...CONTENT_CUES] } },
      role: { enum: [...TRACE_ROLES] },
      columns: { ...texts, description: 'Column headings of the table a table artifact starts with.' },
      optional: { type: 'boolean', description: 'Checked when written; its absence is no gap.' },
    },
  };
  const step = {
    type: 'object',
    required: ['step'],
    additionalProperties: false,
    properties: {
      step: { type: 'integer', minimum: 1, description: 'The number of a step to change, or of a new one.' },
      remove: { type: 'boolean' },
      title: text,
      file: { ...text, description: 'The file name New Design gives the step.' },
      purpose: text,
      aliases: texts,
      optional: { type: 'boolean' },
      artifacts: { type: 'array', items: artifact },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'System Design Docs configuration (.design-docs.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: { ...text, description: 'A built-in catalogue (seven-steps, arc42) or a relative path to another configuration file.' },
      name: text,
      steps: { type: 'array', items: step },
      statuses: {
        type: 'object',
        additionalProperties: false,
        properties: {
          values: { type: 'array', items: text, minItems: 1 },
          initial: text,
          review: text,
          approved: text,
          reviewers: { type: 'integer', minimum: 0 },
        },
      },
      rules: ruleLevels('Rule levels for every design this file governs.'),
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: { files: texts, rules: ruleLevels('Rule levels for the files the globs match.') },
        },
      },
      design: {
        type: 'object',
        additionalProperties: false,
        properties: {
          title: text,
          files: { type: 'object', additionalProperties: { type: 'integer', minimum: 1 }, description: 'File-name glob → step number, for documents without front matter.' },
        },
      },
    },
  };
}

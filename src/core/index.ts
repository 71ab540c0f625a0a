/** The core's public face: what adapters (extension, CLI, webviews) may use. */
export * from './types';
export { STEPS, STEP_COUNT, stepSpec, type ArtifactSpec, type StepSpec, type ArtifactKind } from './steps';
export { RULES, RULE_IDS, ruleSpec, levelOf, atLeast, LEVELS, type RuleConfig, type RuleSpec } from './rules';
export { parseStepDoc, sectionFor, type StepDoc, type Section } from './parse';
export { checkDesign, type CheckOptions, type DesignReport, type StepReport, type ArtifactReport } from './check';
export { discoverDesigns, loadMarkdownFile, designsFrom, DEFAULT_SKIPPED_FOLDERS, type LoadedFile, type ReadOutcome, type DiscoverOptions, type DiscoveryResult } from './discover';
export { groupIntoDesigns, fileForStep, stepFileFromText, type Design, type StepFile, type UnreadableFile } from './design';
export { decodeText, DEFAULT_MAX_FILE_BYTES, type DesignFileSystem, type EntryType } from './file-system';
export { designTemplates, stepTemplate, sectionTemplate } from './templates';
export { LineIndex, normalizeName } from './text';
export { joinPath, dirname, basename } from './paths';
export { setFieldEdit, setStatusEdit, setReviewersEdit, yamlList, applyEdits } from './front-matter-edit';

/** Importing an existing Markdown document into a design: cut it into sections, place them, write them out. */
export { readImportSource, type ImportSection, type ImportSource } from './import-source';
export { proposePlacement, matchInCatalogue, type Placement } from './propose';
export { writeImport, sectionsMovingWith, type ImportLayout, type ImportTarget, type ImportedFile } from './write-import';
export { UNPLACED_MARKER, isUnplacedMarker } from './marker';
export { applyChoices, carryChoices, choiceOf, choiceOptions, proposalRows, WITH_PARENT, type ChoiceOption, type ChoicesApplied, type PlacementChoice, type ProposalRow } from './placement-choice';

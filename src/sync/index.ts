/** src/sync: the only code that writes YAML (DESIGN.md §2). */
export { applyEdit, applyOps, type ApplyOptions, type ApplyOutcome, type ApplyResult } from './apply.ts';
export { applyChanges, invertChanges, type TextChange } from './text-change.ts';
export { minimalChanges } from './line-diff.ts';
export { detectStyle, type SourceStyle } from './style.ts';

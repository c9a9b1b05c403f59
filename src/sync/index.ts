/** src/sync: the only code that writes YAML (DESIGN.md §2). */
export { applyEdit, applyOps, type ApplyResult } from './apply.ts';
export { applyChanges, invertChanges, type TextChange } from './text-change.ts';
export { minimalChanges } from './line-diff.ts';

/**
 * The templates gallery: policies people write again and again, each with
 * comments that explain the semantics, ready to drop into the workspace.
 */
export type { Template, TemplateParams } from './types.ts';
export { TemplateParamError } from './types.ts';
export { validateTemplateParams } from './params.ts';
export { TEMPLATES, getTemplate } from './registry.ts';
export { duplicatePolicies, insertTemplate } from './insert.ts';

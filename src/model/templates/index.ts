/**
 * The templates gallery: policies people write again and again, each with
 * comments that explain the semantics, ready to drop into the workspace.
 */
export type { ParamProblem, Template, TemplateParam, TemplateParamKind, TemplateParams } from './types.ts';
export { TemplateParamError } from './types.ts';
export { validateTemplateParams } from './params.ts';
export { TEMPLATES, getTemplate } from './registry.ts';
export { duplicatePolicies, insertTemplate, type TemplateInsertion, type TextChange } from './insert.ts';

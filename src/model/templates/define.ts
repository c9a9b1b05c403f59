/** Builds a Template whose render validates its parameters and fills defaults first. */
import { resolveParams } from './params.ts';
import type { CommentLanguage, Template, TemplateParam } from './types.ts';

export interface TemplateSpec {
  id: string;
  title: string;
  description: string;
  params: readonly TemplateParam[];
  /** Receives every parameter validated, trimmed and defaulted, and the language of the comments. */
  build(values: Record<string, string>, language: CommentLanguage): string;
}

export function defineTemplate(spec: TemplateSpec): Template {
  const template: Template = {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    params: spec.params,
    render: (params, language = 'en') => spec.build(resolveParams(template, params), language),
  };
  return template;
}

/** The namespace every template writes its objects into. */
export const NAMESPACE_PARAM: TemplateParam = {
  id: 'namespace',
  label: 'Namespace',
  description: 'Namespace the new objects are created in.',
  kind: 'namespace',
  default: 'default',
};

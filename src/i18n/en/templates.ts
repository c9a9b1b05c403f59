/**
 * The templates gallery's words (English): titles, descriptions and parameter
 * labels, taken from the templates themselves (model/templates) so there is one
 * English text. Keyed by template id, then parameter id.
 */
import { TEMPLATES } from '../../model/templates/registry.ts';

export interface TemplateWords {
  readonly title: string;
  readonly description: string;
  readonly params: Readonly<Record<string, { readonly label: string; readonly description: string }>>;
}

export const templates: Readonly<Record<string, TemplateWords>> = Object.fromEntries(
  TEMPLATES.map((t) => [
    t.id,
    {
      title: t.title,
      description: t.description,
      params: Object.fromEntries(t.params.map((p) => [p.id, { label: p.label, description: p.description }])),
    },
  ]),
);

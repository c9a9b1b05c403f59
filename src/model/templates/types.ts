/** What a gallery template is: metadata for the picker plus a renderer to YAML documents. */

/** How a parameter is validated and which input the UI shows for it. */
export type TemplateParamKind = 'namespace' | 'cidr' | 'port' | 'label-value';

export interface TemplateParam {
  id: string;
  label: string;
  /** One sentence for the form, saying what the value is used for. */
  description: string;
  kind: TemplateParamKind;
  /** Pre-filled value; also used when the caller leaves the parameter out. */
  default: string;
  /** When true an empty value is allowed (its meaning is in the description). */
  optional?: boolean;
}

/**
 * The language of the comments a template writes into the YAML (the YAML itself is the same).
 * The caller passes the user's language; the core does not choose one.
 */
export type CommentLanguage = 'en' | 'ja';

/** Parameter values by id; `namespace` is always there. */
export type TemplateParams = { namespace: string } & Record<string, string | undefined>;

export interface Template {
  id: string;
  title: string;
  description: string;
  params: readonly TemplateParam[];
  /**
   * YAML documents (separated by `---`, no leading marker, ending with a newline).
   * Throws TemplateParamError for invalid parameters; missing ones take their default.
   * Comments are in `language` (English when absent).
   */
  render(params: TemplateParams, language?: CommentLanguage): string;
}

export interface ParamProblem {
  param: string;
  message: string;
}

export class TemplateParamError extends Error {
  readonly problems: ParamProblem[];
  constructor(problems: ParamProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'TemplateParamError';
    this.problems = problems;
  }
}

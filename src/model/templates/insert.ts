/**
 * Inserting a template into the workspace as new documents, expressed as ONE
 * splice so the editor applies it as a single undoable edit and every existing
 * byte stays where it was.
 */
import { loadWorkspace } from '../manifests/workspace.ts';
import { TEMPLATES } from './registry.ts';
import type { CommentLanguage, TemplateParams } from './types.ts';

/** Replace [offset, end) of the text with `insert` (0-based UTF-16 offsets, like Monaco's model offsets). */
export interface TextChange {
  offset: number;
  end: number;
  insert: string;
}

export interface TemplateInsertion {
  text: string;
  change: TextChange;
}

/**
 * Appends the rendered template after the current documents. Throws Error for an
 * unknown id and TemplateParamError for invalid parameters (check them first with
 * validateTemplateParams to show the problems in the form).
 */
export function insertTemplate(
  currentText: string,
  templateId: string,
  params: TemplateParams,
  /** The language of the comments the template writes. */
  language: CommentLanguage = 'en',
): TemplateInsertion {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) throw new Error(`Unknown template "${templateId}".`);
  let rendered = template.render(params, language);
  // Keep the file's line ending style; mixed endings show up as noise in diffs.
  const crlf = currentText.includes('\r\n');
  if (crlf) rendered = rendered.replace(/\r?\n/g, '\r\n');
  const nl = crlf ? '\r\n' : '\n';

  let change: TextChange;
  if (currentText.trim() === '') {
    // Whitespace alone would indent the first line of the template; replace it.
    change = { offset: 0, end: currentText.length, insert: rendered };
  } else {
    const lastLine = currentText.trimEnd().split(/\r?\n/).pop() ?? '';
    // After a bare `---` an empty document is waiting: fill it instead of adding another.
    const openDocument = /^---[ \t]*(#.*)?$/.test(lastLine);
    const lineEnd = /\n$/.test(currentText) ? '' : nl;
    change = {
      offset: currentText.length,
      end: currentText.length,
      insert: lineEnd + (openDocument ? '' : `---${nl}`) + rendered,
    };
  }
  const text = currentText.slice(0, change.offset) + change.insert + currentText.slice(change.end);
  return { text, change };
}

/**
 * The NetworkPolicies (`ns/name`) of a rendered template that the workspace
 * already has. Inserting them again would write a second object with the same
 * name, which `kubectl apply` reads as one (the last wins).
 */
export function duplicatePolicies(currentText: string, rendered: string): string[] {
  const existing = new Set(loadWorkspace([{ name: 'workspace.yaml', text: currentText }]).policies.map((p) => p.id));
  return loadWorkspace([{ name: 'template.yaml', text: rendered }])
    .policies.map((p) => p.id)
    .filter((id) => existing.has(id));
}

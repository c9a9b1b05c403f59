/**
 * Templates gallery: pick a template (a radio group: arrow keys move through
 * it), fill its parameters, see the YAML it will add, insert it. The insert is
 * insertTemplate's single splice, applied through the store with origin
 * `load`, which the editor turns into ONE undoable edit (Ctrl+Z removes it).
 */
import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { named } from '../../state/named.ts';
import {
  duplicatePolicies,
  insertTemplate,
  TEMPLATES,
  validateTemplateParams,
  type Template,
  type TemplateParams,
} from '../../model/templates/index.ts';
import { notify } from '../../state/notices.ts';
import { Dialog } from '../dialogs/Dialog.tsx';
import { applyImport } from './apply-text.ts';
import { useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';
import { useCoreText } from '../text/use-core-text.ts';
import type { CommentLanguage } from '../../model/templates/types.ts';

function initialValues(template: Template, namespaces: string[]): Record<string, string> {
  const preferred = namespaces.find((n) => n !== 'kube-system' && n !== 'default') ?? namespaces[0];
  return Object.fromEntries(
    template.params.map((p) => [p.id, p.kind === 'namespace' && preferred ? preferred : p.default]),
  );
}

function renderPreview(template: Template, params: TemplateParams, language: CommentLanguage): string | null {
  try {
    return template.render(params, language);
  } catch {
    return null; // invalid parameters: the form shows why
  }
}

export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('ui-io');
  const view = useView();
  const core = useCoreText();
  const namespaces = useMemo(
    () =>
      [
        ...new Set(view.graph.nodes.flatMap((n) => (n.kind === 'namespace' && n.namespace ? [n.namespace] : []))),
      ].sort(),
    [view.graph],
  );
  const [selected, setSelected] = useState(TEMPLATES[0].id);
  const template = TEMPLATES.find((t) => t.id === selected)!;
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(template, namespaces));
  const [touched, setTouched] = useState(false);
  // Policies the last Insert would have duplicated; cleared by any change to the form.
  const [duplicates, setDuplicates] = useState<string[]>([]);

  const pick = (t: Template) => {
    setSelected(t.id);
    // Keep what the user typed for parameters the next template shares (usually the namespace).
    setValues((v) => ({
      ...initialValues(t, namespaces),
      ...Object.fromEntries(t.params.filter((p) => v[p.id] !== undefined).map((p) => [p.id, v[p.id]])),
    }));
    setTouched(false);
    setDuplicates([]);
  };
  const params = { ...values, namespace: values.namespace ?? 'default' } as TemplateParams;
  const problems = validateTemplateParams(template, params);
  const problemFor = (id: string) => problems.find((p) => p.param === id)?.message;
  // Rendering is cheap (a string template); no need to memoise.
  const preview = renderPreview(template, params, core.language);

  const insert = () => {
    setTouched(true);
    if (problems.length > 0) return;
    const current = useStore.getState().text;
    const dup = preview === null ? [] : duplicatePolicies(current, preview);
    setDuplicates(dup);
    if (dup.length > 0) return;
    const { text } = insertTemplate(current, template.id, params, core.language);
    applyImport(text, false);
    notify('success', t('templates.inserted', { title: named(template.title) }));
    onClose();
  };

  return (
    <Dialog
      title={t('templates.title')}
      subtitle={t('templates.subtitle')}
      onClose={onClose}
      size="large"
      testId="templates-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('import.cancel')}
          </button>
          <button type="submit" form="template-form" className="btn btn--primary" data-testid="template-insert">
            {t('templates.insert')}
          </button>
        </>
      }
    >
      <div className="gallery">
        <fieldset className="gallery__list">
          <legend className="sr-only">{t('templates.legend')}</legend>
          {TEMPLATES.map((tpl) => (
            <label
              key={tpl.id}
              className={`gallery__item${tpl.id === selected ? ' is-checked' : ''}`}
              data-testid={`template-${tpl.id}`}
            >
              <input
                type="radio"
                name="template"
                value={tpl.id}
                checked={tpl.id === selected}
                onChange={() => pick(tpl)}
                data-autofocus={tpl.id === selected ? true : undefined}
              />
              <span>
                <span className="gallery__title">{core.templateTitle(tpl)}</span>
                <span className="gallery__desc">{core.templateDescription(tpl)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <form
          id="template-form"
          className="gallery__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            insert();
          }}
        >
          <h3 className="gallery__heading">{core.templateTitle(template)}</h3>
          <p className="gallery__lead">{core.templateDescription(template)}</p>
          {template.params.map((p) => {
            const problem = (touched || values[p.id] !== initialValues(template, namespaces)[p.id]) && problemFor(p.id);
            const listId = p.kind === 'namespace' ? 'template-namespaces' : undefined;
            return (
              <label key={p.id} className="field">
                <span className="field__label">
                  {core.paramLabel(template, p)}
                  {p.optional && <span className="field__optional"> {t('templates.optional')}</span>}
                </span>
                <input
                  className="input"
                  value={values[p.id] ?? ''}
                  list={listId}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(e) => {
                    setValues((v) => ({ ...v, [p.id]: e.target.value }));
                    setDuplicates([]);
                  }}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={`param-${p.id}-help`}
                  data-testid={`param-${p.id}`}
                />
                <span id={`param-${p.id}-help`} className={problem ? 'field__error' : 'field__help'}>
                  {problem || core.paramDescription(template, p)}
                </span>
              </label>
            );
          })}
          <datalist id="template-namespaces">
            {namespaces.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
          {duplicates.length > 0 && (
            <p className="field__error" role="alert" data-testid="template-duplicate">
              {t('templates.duplicate', { count: duplicates.length, names: duplicates.join(', ') })}
            </p>
          )}
          <div className="field__label">{t('templates.preview')}</div>
          <pre className="preview" tabIndex={0} aria-label={t('templates.previewLabel')} data-testid="template-preview">
            {preview ?? t('templates.previewBroken')}
          </pre>
        </form>
      </div>
    </Dialog>
  );
}

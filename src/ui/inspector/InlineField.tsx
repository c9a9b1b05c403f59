/**
 * A text field that commits on Enter or when it loses the focus, and reverts
 * on Esc. `onCommit` returns an error message to keep the field open with it,
 * so a rejected edit never silently loses what the user typed.
 */
import { useState, type KeyboardEvent } from 'react';
import type { Text } from '../../state/message.ts';
import { useText } from '../i18n/use-text.ts';

interface Props {
  label: string;
  value: string;
  onCommit: (text: string) => Text | undefined;
  placeholder?: string;
  note?: string;
  testId?: string;
  disabled?: boolean;
}

export function InlineField({ label, value, onCommit, placeholder, note, testId, disabled }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<Text>();
  const say = useText();
  // Follow the YAML when it changes underneath (undo, typing in the editor), as React suggests: adjust during render.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
    setError(undefined);
  }
  const commit = () => {
    if (draft === value) return setError(undefined);
    setError(onCommit(draft));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(value);
      setError(undefined);
      e.currentTarget.blur();
    }
  };
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        aria-invalid={Boolean(error)}
        data-testid={testId}
      />
      {error ? (
        <span className="field__error" role="alert">
          {say(error)}
        </span>
      ) : (
        note && <span className="field__help">{note}</span>
      )}
    </label>
  );
}

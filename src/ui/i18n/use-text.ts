/**
 * Turns what state code says (a Message: key + arguments, see state/message.ts)
 * into text in the current language. Plain strings are already translated and
 * pass through.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Namespace, TFunction } from 'i18next';
import type { Text } from '../../state/message.ts';

/** For code that already holds a `t` (or gets one passed in). */
export function textOf<N extends Namespace>(t: TFunction<N>, text: Text): string {
  if (typeof text === 'string') return text;
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.args ?? {}))
    args[name] = typeof value === 'object' ? textOf(t, value) : value;
  // The key is checked where the Message is made (MessageKey); here it is only looked up.
  return (t as unknown as (key: string, args?: object) => string)(text.key, args);
}

export function useText(): (text: Text) => string {
  const { t } = useTranslation();
  return useCallback((text: Text) => textOf(t, text), [t]);
}

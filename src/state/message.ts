/**
 * Text for the user, as data: a catalogue key and its arguments. State code
 * (no React, no i18next instance) says what to tell the user with a Message;
 * the UI translates it when it shows it, so a notice already on screen follows
 * a change of language. Names inside arguments go through named() as before.
 */
import type { en } from '../i18n/en/index.ts';

type Catalogue = typeof en;

/** `a.b` for every string of a catalogue tree; i18next plural forms (`x_one`, `x_other`) count as `x`. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer Base}_${'one' | 'other'}` ? Base : K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of every namespace, written `namespace:key` as i18next reads it. */
export type MessageKey = { [N in keyof Catalogue & string]: `${N}:${Leaves<Catalogue[N]>}` }[keyof Catalogue & string];

/** An argument may itself be a Message (an error inside a sentence about where it happened). */
export type MessageArgs = Readonly<Record<string, string | number | Message>>;

export interface Message {
  readonly key: MessageKey;
  readonly args?: MessageArgs;
}

/** What a notice or toast says: a Message, or text already in the user's language (translated by the UI). */
export type Text = string | Message;

export const message = (key: MessageKey, args?: MessageArgs): Message => (args ? { key, args } : { key });

/**
 * One cell of a GitHub-flavoured Markdown table, the only way any Markdown
 * table in the project is written (the app's connectivity export and
 * `connlist -o md`).
 */
import { visibleText } from './visible.ts';

/** What Markdown would read as syntax in a cell: each is backslash-escaped. */
const MARKDOWN_SYNTAX = /[\\|`*_~()]/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `value` rendered as the text it is: `&`, `<` and `>` as entities (no raw
 * HTML such as `<img onerror=…>`, no `<http://…>` autolink), backslash, pipe,
 * code, emphasis and strike-through marks and parentheses escaped (so no
 * `[x](url)` link or `![x](url)` image forms; a bracket alone is no link),
 * line breaks as `<br>` (a table row is one line), and other unsafe
 * characters made visible.
 */
export function markdownCell(value: string): string {
  return visibleText(value.replace(/\r\n?|\n/g, '\n'), { keepWhitespace: true })
    .replace(MARKDOWN_SYNTAX, '\\$&')
    .replace(/[&<>]/g, (c) => HTML_ENTITY[c])
    .replace(/\t/g, ' ')
    .replace(/\n/g, '<br>');
}

/**
 * Finds user-visible string literals in UI source with the TypeScript compiler
 * API (not regexes, so JSX text, template literals and `a ? 'x' : 'y'` are read
 * as what they are). What counts as user-visible:
 *  - JSX text containing a letter;
 *  - a string, `template` or `a ? 'x' : 'y'` written as a JSX child `{…}`;
 *  - the same in a user-visible prop (title, aria-label, placeholder, alt, label, …),
 *    whether a JSX attribute or an object-literal property (menu items, notices);
 *  - the message argument of notify(), toast() and window.confirm/alert/prompt.
 * A call such as t('key') ends the search: its arguments are keys, not text.
 */
import ts from 'typescript';

/** Props whose value a person reads or hears. */
const VISIBLE_PROPS = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'ariaLabel',
  'placeholder',
  'alt',
  'label',
  'heading',
  'message',
  'description',
  'hint',
  'detail',
  'reason',
  'text',
  'emptyText',
  'confirmLabel',
  'submitLabel',
  'cancelLabel',
  'subtitle',
  'note',
  'help',
  'error',
]);

/** Functions whose argument at the given index is shown to the user. */
const MESSAGE_SINKS = new Map<string, number>([
  ['notify', 1],
  ['toast', 0],
  ['confirm', 0],
  ['alert', 0],
  ['prompt', 0],
  ['runEdit', 1],
]);

/**
 * Whole strings that are not language and read the same in every language.
 * Keep this short and say why each is here.
 */
const ALLOWED = new Set([
  'netpol-studio', // the product name
  'NetworkPolicy', // the Kubernetes kind, as the Japanese docs write it too
  'YAML',
  'TCP',
  'UDP',
  'SCTP',
  'CIDR',
  'JSON',
  'PNG',
  'SVG',
  'CSV',
  'Markdown',
  'workspace.yaml', // the editor pane's file name
  'English', // each language names itself in its own script in the switch
  '日本語',
  'Ingress', // the Kubernetes terms, which the Japanese documentation keeps as they are
  'Egress',
  'in', // the card badges' abbreviations of Ingress / Egress isolation (their tooltips are translated)
  'out',
  'i', // the info notice's icon glyph
  // Syntax shown as examples or hints: typed by the user the same way in every language.
  '5432/TCP',
  '5432, 53/UDP, http',
  'shop/web -> shop/db:5432/TCP · 10.0.0.7 -> api:80 · shop/{app=reports} -> shop/db:5432',
  '&gt; cluster.yaml', // JSX text as written (the entity is the `>` of a shell redirect)
  'TCP 8080, UDP 53, TCP 8000-8100, TCP http',
  '8080, http:8080, dns:53/UDP',
  'apiVersion: v1 kind: List items: - apiVersion: v1 kind: Namespace …',
  '.yaml .yml .json',
  'kubectl apply -f',
]);

export interface Literal {
  line: number;
  text: string;
}

/** Has a letter (any script) once the allowed tokens are set aside. */
export function isLanguage(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (ALLOWED.has(trimmed)) return false;
  return /\p{L}/u.test(trimmed);
}

function propName(name: ts.PropertyName | ts.JsxAttributeName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return undefined;
}

/** The text pieces an expression evaluates to, following only the ways text flows through unchanged. */
function textPieces(node: ts.Expression, out: ts.Node[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node);
  else if (ts.isTemplateExpression(node)) {
    out.push(node);
    for (const span of node.templateSpans) textPieces(span.expression, out);
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    textPieces(node.expression, out);
  else if (ts.isConditionalExpression(node)) {
    textPieces(node.whenTrue, out);
    textPieces(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.PlusToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken
    ) {
      textPieces(node.left, out);
      textPieces(node.right, out);
    } else if (op === ts.SyntaxKind.AmpersandAmpersandToken) textPieces(node.right, out);
  }
}

/** The literal text of a piece: a template's fixed parts, joined (the ${…} parts are checked on their own). */
function pieceText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return '';
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Every user-visible literal in one file's text. */
export function findLiterals(fileName: string, source: string): Literal[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isLanguage(text)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push({ line, text: text.replace(/\s+/g, ' ').trim() });
  };
  const reportExpression = (expr: ts.Expression | undefined) => {
    if (!expr) return;
    const pieces: ts.Node[] = [];
    textPieces(expr, pieces);
    for (const piece of pieces) report(piece, pieceText(piece));
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.parent && !ts.isJsxAttribute(node.parent))
      reportExpression(node.expression);
    else if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(propName(node.name) ?? '')) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(init, init.text);
      else if (init && ts.isJsxExpression(init)) reportExpression(init.expression);
    } else if (ts.isPropertyAssignment(node) && VISIBLE_PROPS.has(propName(node.name) ?? ''))
      reportExpression(node.initializer);
    else if (ts.isCallExpression(node)) {
      const index = MESSAGE_SINKS.get(calleeName(node) ?? '');
      if (index !== undefined) reportExpression(node.arguments[index]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

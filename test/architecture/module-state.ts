/**
 * Finds module-level mutable state in a TypeScript source: what lives as long
 * as the module, shared by every caller (issue 9: caches are objects their
 * owner passes in). Only top-level statements are read, through the compiler's
 * parser, so locals, class fields and strings that merely look like
 * declarations never count.
 *
 * Reported: `let` and `var`; a `const` made with `new` — a Map or Set (unless
 * declared ReadonlyMap/ReadonlySet: a constant table) or an instance of any
 * other class (a cache object such as a GraphCache). Allowed: WeakMap, WeakSet
 * and WeakRef, memos keyed by an object that travel with it.
 */
import ts from 'typescript';

export interface ModuleState {
  line: number;
  name: string;
  why: string;
}

const WEAK = new Set(['WeakMap', 'WeakSet', 'WeakRef']);
const READONLY_OF: Record<string, string> = { Map: 'ReadonlyMap', Set: 'ReadonlySet' };

/** `x`, `(x)`, `x as T`, `x satisfies T`, `x!`, down to the expression itself. */
function unwrap(e: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isNonNullExpression(e)
  )
    e = e.expression;
  return e;
}

const typeName = (t: ts.TypeNode | undefined): string | undefined =>
  t && ts.isTypeReferenceNode(t) ? t.typeName.getText() : undefined;

/** The type a `const` is declared or asserted with (`const x: T = …`, `… as T`). */
function declaredType(d: ts.VariableDeclaration): string | undefined {
  if (d.type) return typeName(d.type);
  let e: ts.Expression | undefined = d.initializer;
  while (e && ts.isParenthesizedExpression(e)) e = e.expression;
  return e && (ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) ? typeName(e.type) : undefined;
}

function constProblem(d: ts.VariableDeclaration): string | undefined {
  if (!d.initializer) return undefined;
  const init = unwrap(d.initializer);
  if (!ts.isNewExpression(init)) return undefined;
  const ctor = init.expression.getText();
  if (WEAK.has(ctor)) return undefined;
  const readonly = READONLY_OF[ctor];
  if (readonly)
    return declaredType(d) === readonly
      ? undefined
      : `a module-level ${ctor} (type it ${readonly} if it is a constant table)`;
  return `a module-level instance of ${ctor}`;
}

export function findModuleState(fileName: string, text: string): ModuleState[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: ModuleState[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) continue;
    const list = statement.declarationList;
    const mutable =
      (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0
        ? 'var'
        : list.flags & ts.NodeFlags.Let
          ? 'let'
          : undefined;
    for (const d of list.declarations) {
      const why = mutable ? `a module-level \`${mutable}\`` : constProblem(d);
      if (!why) continue;
      const line = source.getLineAndCharacterOfPosition(d.getStart(source)).line + 1;
      found.push({ line, name: d.name.getText(source), why });
    }
  }
  return found;
}

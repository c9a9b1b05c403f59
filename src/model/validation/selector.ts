/**
 * Label maps and label selectors, as apimachinery's ValidateLabels and
 * ValidateLabelSelector check them.
 */
import { isScalar, type Node } from 'yaml';
import { describeNode, isNullNode, quote, type Reporter } from './context.ts';
import { say } from './messages.ts';
import { labelValueErrors, qualifiedNameErrors } from './names.ts';
import { asMap, asSeq, asString, field, structFields } from './shape.ts';

const QUOTE_HINT = say('quoteHint').ref;

function checkLabelKey(r: Reporter, node: Node, key: string, path: string): void {
  const errs = qualifiedNameErrors(key);
  if (errs.length > 0)
    r.error(node, 'invalid-label-key', say('invalidLabelKey', { path, key: quote(key), reasons: errs.join('; ') }));
}

function checkLabelValue(r: Reporter, node: Node, value: string, path: string): void {
  const errs = labelValueErrors(value);
  if (errs.length > 0)
    r.error(
      node,
      'invalid-label-value',
      say('invalidLabelValue', { path, value: quote(value), reasons: errs.join('; ') }),
    );
}

/** `metadata.labels` or `matchLabels`: string keys (qualified names) to string values. */
export function validateLabelMap(r: Reporter, node: unknown, path: string): void {
  const map = asMap(r, node, path);
  if (!map) return;
  for (const pair of map.items) {
    const keyNode = r.deref(pair.key);
    let key: string;
    // YAML→JSON conversion (kubectl) turns scalar keys such as `1:` or `true:` into strings.
    if (isScalar(keyNode) && keyNode.value !== null && typeof keyNode.value !== 'object') {
      key = typeof keyNode.value === 'string' ? keyNode.value : String(keyNode.value);
    } else {
      r.error(keyNode ?? pair, 'wrong-type', say('labelKeysMustBeStrings', { path, found: describeNode(keyNode) }));
      continue;
    }
    checkLabelKey(r, keyNode, key, path);
    const value = asString(r, pair.value, `${path}.${key}`, QUOTE_HINT);
    if (value) checkLabelValue(r, value.node, value.value, `${path}.${key}`);
  }
}

const SELECTOR_FIELDS = ['matchLabels', 'matchExpressions'] as const;
const REQUIREMENT_FIELDS = ['key', 'operator', 'values'] as const;

export function validateLabelSelector(r: Reporter, node: unknown, path: string): void {
  const map = asMap(r, node, path);
  if (!map) return;
  const fields = structFields(r, map, path, SELECTOR_FIELDS);
  const matchLabels = field(fields, 'matchLabels');
  if (matchLabels) validateLabelMap(r, matchLabels.value, `${path}.matchLabels`);
  const exprs = field(fields, 'matchExpressions');
  if (!exprs) return;
  const seq = asSeq(r, exprs.value, `${path}.matchExpressions`);
  if (!seq) return;
  seq.items.forEach((item, i) => validateRequirement(r, item, `${path}.matchExpressions[${i}]`));
}

function validateRequirement(r: Reporter, node: unknown, path: string): void {
  const n = r.deref(node);
  if (n === undefined && node != null) return; // alias budget spent
  if (isNullNode(n)) {
    r.error(node ?? null, 'wrong-type', say('expressionIsNull', { path }));
    return;
  }
  const map = asMap(r, n, path);
  if (!map) return;
  const fields = structFields(r, map, path, REQUIREMENT_FIELDS);
  const keyField = field(fields, 'key');
  if (!keyField || isNullNode(keyField.value)) {
    r.error(keyField?.key ?? map, 'invalid-label-key', say('expressionKeyRequired', { path }));
  } else {
    const key = asString(r, keyField.value, `${path}.key`);
    if (key) checkLabelKey(r, key.node, key.value, `${path}.key`);
  }

  const valuesField = field(fields, 'values');
  const valuesSeq = valuesField ? asSeq(r, valuesField.value, `${path}.values`) : undefined;
  const values: { value: string; node: Node }[] = [];
  valuesSeq?.items.forEach((item, i) => {
    const v = asString(r, item, `${path}.values[${i}]`, QUOTE_HINT);
    if (v) values.push(v);
  });

  const opField = field(fields, 'operator');
  const op = opField ? asString(r, opField.value, `${path}.operator`) : undefined;
  if (!opField || isNullNode(opField.value)) {
    r.error(opField?.key ?? map, 'unknown-operator', say('operatorRequired', { path }));
  } else if (op) {
    const count = valuesSeq?.items.length ?? 0;
    switch (op.value) {
      case 'In':
      case 'NotIn':
        if (count === 0) {
          r.error(
            valuesField?.key ?? op.node,
            'operator-needs-values',
            say('operatorNeedsValues', { path, operator: op.value }),
          );
        }
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (count > 0) {
          r.error(
            valuesField?.key ?? op.node,
            'operator-forbids-values',
            say('operatorForbidsValues', { path, operator: op.value }),
          );
        }
        break;
      default:
        r.error(op.node, 'unknown-operator', say('unknownOperator', { path, operator: quote(op.value) }));
    }
  }
  for (const v of values) checkLabelValue(r, v.node, v.value, `${path}.values`);
}

/**
 * The txt report of `netpol-studio connlist --explain`, byte-identical to
 * `netpol-analyzer list --explain`: a "Specific connections and their reasons"
 * section with, per pair, its allowed and denied classes of connections and
 * the rules of each side, then the pairs that only the system default allows.
 */
import type { ConnClass, PairExplanation, RuleGroup, SideVerdict } from '../analysis/explain-report.ts';
import { MAX_PORT, MIN_PORT } from '../analysis/ports.ts';
import type { Protocol } from '../types.ts';
import { visibleText } from '../text/visible.ts';

/** Upstream's order of protocols in these lines (not the alphabetical order of the list). */
const EXPLAIN_PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
const PAIR_SEPARATOR = `${'-'.repeat(160)}\n`;
const SYSTEM_DEFAULT = 'the system default (Allow all)';

function groupHeader(title: string): string {
  const line = `# ${title} #`;
  return `\n${'#'.repeat(line.length)}\n${line}\n${'#'.repeat(line.length)}\n`;
}

/** `TCP, UDP:[1-52,54-65535], SCTP`: a full protocol by its name, else its ranges in brackets. */
function classConns(c: ConnClass): string {
  return EXPLAIN_PROTOCOLS.filter((p) => c.conns[p].length > 0)
    .map((p) => {
      const r = c.conns[p];
      if (r.length === 2 && r[0] === MIN_PORT && r[1] === MAX_PORT) return p;
      const parts: string[] = [];
      for (let i = 0; i < r.length; i += 2) parts.push(r[i] === r[i + 1] ? `${r[i]}` : `${r[i]}-${r[i + 1]}`);
      return `${p}:[${parts.join(',')}]`;
    })
    .join(', ');
}

/** One kind's sentences: a single one on its line, several as "<Kind> list:" with items. */
function groupText(g: RuleGroup): string {
  // Reasons hold names, which are data: control characters in them are made visible.
  const rules = g.rules.map((r) => visibleText(r));
  if (rules.length === 1) return `\t\t\t${rules[0]}`;
  return `\t\t\t${g.kind} list:\n${rules.map((r) => `\t\t\t\t- ${r}\n`).join('')}`;
}

function sideText(v: SideVerdict): string {
  const result = v.allowed ? '(Allowed)' : '(Denied)';
  if (v.systemDefault) return `${result} due to ${SYSTEM_DEFAULT}`;
  return `${result}${v.groups.map((g) => `\n${groupText(g)}`).join('')}`;
}

function rulesText(c: ConnClass): string {
  if (c.egress.systemDefault && c.ingress.systemDefault) return ` due to ${SYSTEM_DEFAULT}\n`;
  return ` due to the following policies and rules:\n\t\tEgress ${sideText(c.egress)}\n\t\tIngress ${sideText(c.ingress)}\n`;
}

function section(classes: ConnClass[], allowed: boolean): string {
  const word = allowed ? 'Allowed' : 'Denied';
  const lines = classes
    .filter((c) => c.allowed === allowed)
    .map((c) => ({ conn: `\t${word} ${classConns(c)}`, rules: rulesText(c) }))
    .sort((a, b) => (a.conn < b.conn ? -1 : a.conn > b.conn ? 1 : 0));
  if (lines.length === 0) return '';
  return `${word} connections:\n${lines.map((l) => `${l.conn}${l.rules}\n`).join('')}`;
}

export function formatExplainTxt(pairs: readonly PairExplanation[]): string {
  let explained = '';
  const defaults: string[] = [];
  for (const p of pairs) {
    const src = visibleText(p.src);
    const dst = visibleText(p.dst);
    if (p.systemDefault) {
      defaults.push(`${src} => ${dst}\n`);
      continue;
    }
    explained += `${PAIR_SEPARATOR}Connections between ${src} => ${dst}:\n\n${section(p.classes, true)}${section(p.classes, false)}`;
  }
  let out = explained === '' ? '' : groupHeader('Specific connections and their reasons') + explained;
  if (defaults.length > 0) out += groupHeader(`All Connections due to ${SYSTEM_DEFAULT}`) + defaults.join('');
  return out;
}

/**
 * Parameter checks and safe YAML scalars for templates. Values are typed by
 * people into a form, so each kind is validated the way the API server would
 * (a rendered template must apply), and values are quoted where YAML, or the
 * YAML 1.1 parser kubectl uses, would read them as something else.
 */
import {
  TemplateParamError,
  type ParamProblem,
  type Template,
  type TemplateParam,
  type TemplateParams,
} from './types.ts';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
/** IANA_SVC_NAME: what a named container port may be. */
const PORT_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

function problemFor(param: TemplateParam, value: string): string | null {
  if (value === '') return param.optional ? null : `${param.label} is required.`;
  switch (param.kind) {
    case 'namespace':
      return value.length <= 63 && DNS1123_LABEL.test(value)
        ? null
        : `${param.label} must be a namespace name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.`;
    case 'label-value':
      return value.length <= 63 && LABEL_VALUE.test(value)
        ? null
        : `${param.label} must be a label value: letters, digits, '-', '_' and '.', starting and ending with a letter or digit, at most 63 characters.`;
    case 'port':
      if (/^\d+$/.test(value)) {
        const n = Number(value);
        return n >= 1 && n <= 65535 ? null : `${param.label} must be between 1 and 65535.`;
      }
      return value.length <= 15 && PORT_NAME.test(value) && /[a-z]/.test(value) && !value.includes('--')
        ? null
        : `${param.label} must be a port number (1-65535) or a container port name (lowercase, at most 15 characters).`;
    case 'cidr': {
      const cidr = parseCidr(value);
      if (!cidr) return `${param.label} must be a CIDR such as 10.0.0.0/8 or 2001:db8::/32.`;
      // The API server rejects (or newer versions warn about) host bits after the prefix.
      if (cidr.v4 !== undefined && cidr.v4 % 2 ** (32 - cidr.prefix) !== 0) {
        return `${param.label} has address bits set after /${cidr.prefix}; use the network address.`;
      }
      return null;
    }
  }
}

/** Problems with the given values (after defaults), for the template form. Empty = valid. */
export function validateTemplateParams(template: Template, params: Partial<TemplateParams>): ParamProblem[] {
  const problems: ParamProblem[] = [];
  for (const p of template.params) {
    const message = problemFor(p, (params[p.id] ?? p.default).trim());
    if (message) problems.push({ param: p.id, message });
  }
  return problems;
}

/** Defaults filled in and values trimmed; throws TemplateParamError when something is invalid. */
export function resolveParams(template: Template, params: Partial<TemplateParams>): Record<string, string> {
  const problems = validateTemplateParams(template, params);
  if (problems.length > 0) throw new TemplateParamError(problems);
  return Object.fromEntries(template.params.map((p) => [p.id, (params[p.id] ?? p.default).trim()]));
}

/** Words a YAML 1.1 or 1.2 parser reads as booleans or null. */
const SPECIAL = /^(y|yes|n|no|true|false|on|off|null|~)$/i;

/** A string as a YAML scalar: plain when unambiguous, double-quoted otherwise (e.g. `"123"`, `"no"`). */
export function str(value: string): string {
  return /^[A-Za-z][A-Za-z0-9./-]*$/.test(value) && !SPECIAL.test(value) ? value : JSON.stringify(value);
}

/** A port: a number stays a number, a name is a string. */
export function port(value: string): string {
  return /^\d+$/.test(value) ? value : str(value);
}

export interface Cidr {
  family: 4 | 6;
  prefix: number;
  /** IPv4 address as an unsigned 32-bit number (IPv6 is only syntax-checked). */
  v4?: number;
}

export function parseCidr(value: string): Cidr | null {
  const m4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (m4) {
    const octets = m4.slice(1, 5).map(Number);
    const prefix = Number(m4[5]);
    if (octets.some((o) => o > 255) || prefix > 32) return null;
    return { family: 4, prefix, v4: octets.reduce((a, o) => a * 256 + o, 0) };
  }
  const m6 = /^([0-9A-Fa-f:]+)\/(\d{1,3})$/.exec(value);
  if (m6 && m6[1].includes(':') && Number(m6[2]) <= 128 && (m6[1].match(/::/g)?.length ?? 0) <= 1) {
    return { family: 6, prefix: Number(m6[2]) };
  }
  return null;
}

/** Whether an IPv4 CIDR strictly contains a /32 address (so it may go in `except`). */
export function strictlyContainsV4(cidr: Cidr, address: number): boolean {
  if (cidr.family !== 4 || cidr.v4 === undefined || cidr.prefix >= 32) return false;
  const size = 2 ** (32 - cidr.prefix);
  return Math.floor(cidr.v4 / size) === Math.floor(address / size);
}

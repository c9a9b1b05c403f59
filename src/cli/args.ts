/**
 * A small argument parser: positional paths plus `--name value`,
 * `--name=value` and boolean flags. Unknown options are usage errors so a typo
 * never silently changes the output.
 */
import { CliError } from './errors.ts';

export interface OptionSpec {
  /** Takes a value (`--format json`) or is a flag (`--help`). */
  value: boolean;
  /** One-letter alias, e.g. `h` for `-h`. */
  short?: string;
}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

export function parseArgs(
  argv: readonly string[],
  spec: Readonly<Record<string, OptionSpec>>,
  command: string,
): ParsedArgs {
  const out: ParsedArgs = { positional: [], options: new Map(), flags: new Set() };
  const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positional.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      name = byShort.get(arg.slice(1)) ?? arg;
    }
    const s = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!s) throw new CliError({ key: 'errors.unknownOption', args: { option: arg, command } });
    if (!s.value) {
      if (inline !== undefined) throw new CliError({ key: 'errors.optionTakesNoValue', args: { name } });
      out.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError({ key: 'errors.optionNeedsValue', args: { name } });
    out.options.set(name, value);
  }
  return out;
}

/**
 * Edits users make while typing into a workspace, as text transforms over the
 * benchmark generator's workspace: a comment above everything, label values
 * that change what selectors pick, a port, a namespace label, a selector no
 * workload matches, a policy deleted. Property tests apply random sequences of
 * them and compare the incremental paths with computations from scratch.
 */
import fc from 'fast-check';
import { generate } from '../../bench/generate.ts';

export const TYPING_BASE = generate({ namespaces: 4, workloads: 24, policies: 16 });

export const TYPING_EDITS: ReadonlyArray<(text: string) => string> = [
  (t) => `# typed above everything\n${t}`,
  (t) => t.replace('tier: web', 'tier: webx'),
  (t) => t.replace('tier: api', 'tier: web'),
  (t) => t.replace('matchLabels: {tier: db}', 'matchLabels: {tier: dbx}'),
  (t) => t.replace('port: 5432', 'port: 5433'),
  (t) => t.replace(/version: v0\n/, 'version: v0 # a comment\n'),
  (t) => t.replace('env: prod', 'env: staging'),
  (t) => t.replace(/\n---\napiVersion: networking.k8s.io\/v1\nkind: NetworkPolicy\n[^]*?(?=\n---)/, ''), // a policy deleted
];

/**
 * For random sequences of TYPING_EDITS: `start()` makes a fresh check (its own caches), which is called
 * with TYPING_BASE and then with the text after each edit of the sequence.
 */
export function everyTypingSequence(start: () => (text: string) => void, { runs = 40, maxLength = 6 } = {}): void {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: TYPING_EDITS.length - 1 }), { minLength: 1, maxLength }),
      (steps) => {
        const check = start();
        let text = TYPING_BASE;
        check(text);
        for (const i of steps) {
          text = TYPING_EDITS[i](text);
          check(text);
        }
      },
    ),
    { numRuns: runs },
  );
}

/**
 * One seed per fuzz run, shared by every suite in test/fuzz: FUZZ_SEED=<n> replays a run, otherwise each run
 * draws a new one. fast-check prints the seed (and the shrunk case) of a failure itself; the mutation loop
 * prints it in its message. Each suite logs it when it starts, so even a crash shows which run it was.
 */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

/** fast-check parameters for a property of `numRuns` cases, seeded from the run's seed. */
export const fcParams = (numRuns: number) => ({ numRuns, seed: FUZZ_SEED });

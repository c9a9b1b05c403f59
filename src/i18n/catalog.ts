/**
 * The shape every translation must have: the English catalogue's keys, each
 * holding a string. Typing the other languages with it makes a missing or
 * misspelt key a compile error, not a blank label at run time.
 */
export type CatalogOf<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogOf<T[K]>;
};

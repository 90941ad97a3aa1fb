/**
 * The values of a string union for an `enum` in the document, each listed once as a key: a value
 * added to the union and missing here fails to compile, so the document cannot fall behind.
 */
export const unionValues = <T extends string>(members: Record<T, true>): T[] => Object.keys(members) as T[];

/**
 * `read` with each text read once: examples are read for several classifiers (and each fold of a
 * cross-validation), and reading a thousand of them takes a second.
 */
export function memoisedByText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    known.set(text, value);
    return value;
  };
}

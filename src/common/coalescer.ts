interface Waiting<K, V> {
  key: K;
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/**
 * One round trip for many callers: the keys asked for while a round trip is under way, or within
 * `lingerMs` of the first of them, go together into the next one (at most `maxBatch` at a time).
 * A caller alone waits for its own round trip and `lingerMs` (or one turn of the event loop);
 * under load, many callers share a few. Each caller gets its own key's value, or the round trip's
 * error.
 */
export class Coalescer<K, V> {
  private waiting: Waiting<K, V>[] = [];
  private busy = false;

  /** `run` answers each key, in the order of the keys it is given. */
  constructor(
    private readonly run: (keys: K[]) => Promise<V[]>,
    private readonly options: { maxBatch?: number; lingerMs?: number } = {},
  ) {}

  get(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      // A moment first, so that the callers of the same moment share the first trip too.
      if (!this.busy) {
        this.busy = true;
        const lingerMs = this.options.lingerMs ?? 0;
        if (lingerMs > 0) setTimeout(() => void this.drain(), lingerMs);
        else setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch ?? 100);
      try {
        const values = await this.run(batch.map((waiting) => waiting.key));
        if (values.length !== batch.length) throw new Error(`answered ${values.length} of ${batch.length} keys`);
        batch.forEach((waiting, index) => waiting.resolve(values[index]));
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.busy = false;
  }
}

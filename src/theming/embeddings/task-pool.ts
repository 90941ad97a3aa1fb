/** One worker of a pool: runs one task at a time. */
export interface PoolWorker<In, Out> {
  run(input: In): Promise<Out>;
  /** False once the worker died (a thread that exited): the pool replaces it. */
  alive(): boolean;
  close(): Promise<void>;
}

/** The pool holds as many waiting tasks as it may: the caller should try again later. */
export class PoolSaturatedError extends Error {
  constructor(waiting: number) {
    super(`The sentence encoder has ${waiting} tasks waiting already; try again later`);
    this.name = 'PoolSaturatedError';
  }
}

interface Waiting<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * A fixed number of workers, each running one task at a time, tasks taken in the order they came.
 * Back-pressure: at most `maxWaiting` tasks wait for a worker; beyond that `run` rejects at once
 * with PoolSaturatedError rather than holding work (and its texts) in memory without bound. A
 * worker that dies fails only the task it held, and a new one takes its place.
 */
export class TaskPool<In, Out> {
  private readonly idle: PoolWorker<In, Out>[] = [];
  private readonly waiting: Waiting<In, Out>[] = [];
  private readonly workers = new Set<PoolWorker<In, Out>>();
  private closed = false;

  constructor(
    private readonly spawn: () => PoolWorker<In, Out>,
    readonly size: number,
    private readonly maxWaiting: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error('A pool needs at least one worker');
    for (let index = 0; index < size; index += 1) this.idle.push(this.added(spawn()));
  }

  /** Tasks waiting for a worker, not counting those running. */
  get backlog(): number {
    return this.waiting.length;
  }

  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('The pool is closed'));
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new PoolSaturatedError(this.waiting.length));
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new Error('The pool is closed'));
    const workers = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    await Promise.allSettled(workers.map((worker) => worker.close()));
  }

  private added(worker: PoolWorker<In, Out>): PoolWorker<In, Out> {
    this.workers.add(worker);
    return worker;
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && this.idle.length > 0) {
      const worker = this.idle.pop() as PoolWorker<In, Out>;
      const task = this.waiting.shift() as Waiting<In, Out>;
      worker
        .run(task.input)
        .then(task.resolve, task.reject)
        .finally(() => this.release(worker));
    }
  }

  private release(worker: PoolWorker<In, Out>): void {
    if (this.closed || !this.workers.has(worker)) return;
    if (worker.alive()) {
      this.idle.push(worker);
    } else {
      this.workers.delete(worker);
      void worker.close();
      this.idle.push(this.added(this.spawn()));
    }
    this.dispatch();
  }
}

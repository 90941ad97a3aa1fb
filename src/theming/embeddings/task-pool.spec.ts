import { type PoolWorker, PoolSaturatedError, TaskPool } from './task-pool';

/** A worker whose tasks finish when the test says so. */
class HeldWorker implements PoolWorker<string, string> {
  static running = 0;
  static mostAtOnce = 0;
  static dispatched: string[] = [];
  readonly held: { input: string; finish: () => void; fail: (error: Error) => void }[] = [];
  dead = false;
  closed = false;

  run(input: string): Promise<string> {
    HeldWorker.running += 1;
    HeldWorker.dispatched.push(input);
    HeldWorker.mostAtOnce = Math.max(HeldWorker.mostAtOnce, HeldWorker.running);
    return new Promise<string>((resolve, reject) => {
      const done = (): void => void (HeldWorker.running -= 1);
      this.held.push({ input, finish: () => (done(), resolve(`${input} done`)), fail: (error) => (done(), reject(error)) });
    });
  }

  alive(): boolean {
    return !this.dead;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function poolOf(size: number, maxWaiting: number): { pool: TaskPool<string, string>; workers: HeldWorker[] } {
  const workers: HeldWorker[] = [];
  const pool = new TaskPool(
    () => {
      const worker = new HeldWorker();
      workers.push(worker);
      return worker;
    },
    size,
    maxWaiting,
  );
  return { pool, workers };
}

describe('TaskPool', () => {
  beforeEach(() => {
    HeldWorker.running = 0;
    HeldWorker.mostAtOnce = 0;
    HeldWorker.dispatched = [];
  });

  it('runs no more tasks at once than it has workers, the rest in the order they came', async () => {
    const { pool, workers } = poolOf(2, 10);
    const results = ['a', 'b', 'c', 'd', 'e'].map((input) => pool.run(input));
    const finished = new Set<string>();
    await turn();
    expect(HeldWorker.dispatched).toEqual(['a', 'b']);
    expect(pool.backlog).toBe(3);
    // Finish whatever runs, one task at a time, until all five have run.
    while (HeldWorker.dispatched.length < 5 || HeldWorker.running > 0) {
      const next = workers.flatMap((worker) => worker.held).find((task) => !finished.has(task.input));
      if (next) {
        finished.add(next.input);
        next.finish();
      }
      await turn();
    }
    expect(HeldWorker.dispatched).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await Promise.all(results)).toEqual(['a done', 'b done', 'c done', 'd done', 'e done']);
    expect(HeldWorker.mostAtOnce).toBe(2);
  });

  it('refuses a task at once when as many wait as it may hold, and takes more once they drain', async () => {
    const { pool, workers } = poolOf(1, 2);
    const running = pool.run('running');
    const waiting = [pool.run('first'), pool.run('second')];
    await expect(pool.run('third')).rejects.toBeInstanceOf(PoolSaturatedError);
    workers[0].held[0].finish();
    await expect(running).resolves.toBe('running done');
    await turn();
    const later = pool.run('later');
    for (let index = 1; index <= 3; index += 1) {
      await turn();
      workers[0].held[index].finish();
    }
    expect(await Promise.all([...waiting, later])).toEqual(['first done', 'second done', 'later done']);
  });

  it('fails only the task of a worker that died, and replaces the worker', async () => {
    const { pool, workers } = poolOf(1, 5);
    const lost = pool.run('lost');
    const next = pool.run('next');
    await turn();
    workers[0].dead = true;
    workers[0].held[0].fail(new Error('thread exited with 1'));
    await expect(lost).rejects.toThrow('thread exited with 1');
    await turn();
    expect(workers).toHaveLength(2);
    expect(workers[0].closed).toBe(true);
    workers[1].held[0].finish();
    await expect(next).resolves.toBe('next done');
  });

  it('closes its workers and fails what still waits', async () => {
    const { pool, workers } = poolOf(1, 5);
    void pool.run('running').catch(() => undefined);
    const waiting = pool.run('waiting');
    await pool.close();
    await expect(waiting).rejects.toThrow('The pool is closed');
    await expect(pool.run('after')).rejects.toThrow('The pool is closed');
    expect(workers[0].closed).toBe(true);
  });
});

import IORedis, { type RedisOptions } from 'ioredis';

/**
 * Producers (the API) must never hang on a missing Redis: with no offline queue a command fails
 * at once and the caller falls back (e.g. the sweep aggregates the answer later).
 */
export function createProducerConnection(redisUrl: string): IORedis {
  const options: RedisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  };
  return new IORedis(redisUrl, options);
}

/** Workers block on Redis by design and must retry forever (BullMQ requires maxRetriesPerRequest null). */
export function createWorkerConnection(redisUrl: string): IORedis {
  return new IORedis(redisUrl, {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 500, 5_000),
  });
}

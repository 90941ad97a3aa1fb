import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition of the connection, shared by the app, the CLI and the tests. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // Errors reach the structured log through the exception filter; TypeORM would print plain text.
    logging: false,
    // Fail fast while Postgres is away, so requests answer 503 instead of hanging.
    extra: { max: 10, connectionTimeoutMillis: 3_000, statement_timeout: 15_000 },
  };
}

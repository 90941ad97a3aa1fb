import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ensureDatabaseExists, openDatabase, runMigrationsExclusively } from '../../src/database/database-bootstrap';
import { MIGRATIONS } from '../../src/database/migrations';
import { dropDatabase, TEST_POSTGRES, uniqueName } from '../utils/test-database';

jest.setTimeout(60_000);

const migrationNames = MIGRATIONS.map((migration) => new migration().name);

describe('database schema', () => {
  const url = `${TEST_POSTGRES}/${uniqueName('f360_schema')}`;
  afterAll(async () => {
    await dropDatabase(url);
  });

  it('creates the database when missing, and applies migrations once even when processes start together', async () => {
    const [first, second] = await Promise.all([openDatabase(url), openDatabase(url)]);
    try {
      const applied: { name: string }[] = await first.query(`SELECT name FROM migrations`);
      expect(applied.map((row) => row.name)).toEqual(migrationNames);
      expect(migrationNames[0]).toBe('InitialSchema1764000000000');
      expect(await runMigrationsExclusively(second)).toEqual([]);
      expect(await ensureDatabaseExists(url)).toBe(false);
    } finally {
      await Promise.all([first.destroy(), second.destroy()]);
    }
  });

  it('matches the entities exactly: nothing left for TypeORM to synchronise', async () => {
    const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('rolls back to an empty schema and forward again', async () => {
    const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      for (let undone = 0; undone < migrationNames.length; undone += 1) await dataSource.undoLastMigration();
      const tables: { table_name: string }[] = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      const functions: { proname: string }[] = await dataSource.query(
        `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
      );
      expect(functions).toEqual([]);
      expect(await runMigrationsExclusively(dataSource)).toEqual(migrationNames);
    } finally {
      await dataSource.destroy();
    }
  });
});

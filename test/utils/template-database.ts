import { openDatabase } from '../../src/database/database-bootstrap';
import { dropDatabase, TEMPLATE_VARIABLE, TEST_POSTGRES, uniqueName } from './test-database';

/**
 * Jest's global setup (repository and e2e projects): migrates, as the app does at start, the
 * database that the test files clone (cloneMigratedDatabase); once per run, however many
 * projects ask.
 */
export default async function createTemplateDatabase(): Promise<void> {
  if (process.env[TEMPLATE_VARIABLE]) return;
  const name = uniqueName('f360_template');
  const migrated = await openDatabase(`${TEST_POSTGRES}/${name}`);
  // Nobody may be connected to a template while it is cloned.
  await migrated.destroy();
  // Set before the workers start, which inherit it.
  process.env[TEMPLATE_VARIABLE] = name;
}

/** Jest's global teardown: leaves Postgres as it was. */
export async function dropTemplateDatabase(): Promise<void> {
  const name = process.env[TEMPLATE_VARIABLE];
  if (!name) return;
  delete process.env[TEMPLATE_VARIABLE];
  await dropDatabase(`${TEST_POSTGRES}/${name}`);
}

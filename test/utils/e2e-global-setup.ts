import prepareTheming from './global-setup';
import createTemplateDatabase from './template-database';

/** The end-to-end tests need both: comment theming prepared, and a migrated database to clone. */
export default async function e2eGlobalSetup(): Promise<void> {
  await prepareTheming();
  await createTemplateDatabase();
}

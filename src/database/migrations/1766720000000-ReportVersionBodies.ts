import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a report version is served from: its JSON text, its ETag and where `pending` sits in it, and
 * that text compressed (in two pieces, around `pending`). Filled by the first read of a version;
 * any change of the report itself (a release, a review decision, by whatever path) empties them in
 * the same statement, so they can never outlive the report they were made from. The compressed
 * pieces are stored as they are: Postgres compressing them again would only cost reads.
 */
export class ReportVersionBodies1766720000000 implements MigrationInterface {
  name = 'ReportVersionBodies1766720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "report_versions" ADD "body" text, ADD "body_meta" jsonb, ADD "gzip_head" bytea, ADD "gzip_tail" bytea`);
    await q.query(`ALTER TABLE "report_versions" ALTER "gzip_head" SET STORAGE EXTERNAL, ALTER "gzip_tail" SET STORAGE EXTERNAL`);
    await q.query(`
      CREATE FUNCTION report_versions_body_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.body := NULL;
        NEW.body_meta := NULL;
        NEW.gzip_head := NULL;
        NEW.gzip_tail := NULL;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER report_versions_body_stale BEFORE UPDATE OF report ON "report_versions"
      FOR EACH ROW EXECUTE FUNCTION report_versions_body_stale()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER report_versions_body_stale ON "report_versions"`);
    await q.query(`DROP FUNCTION report_versions_body_stale()`);
    await q.query(`ALTER TABLE "report_versions" DROP "body", DROP "body_meta", DROP "gzip_head", DROP "gzip_tail"`);
  }
}

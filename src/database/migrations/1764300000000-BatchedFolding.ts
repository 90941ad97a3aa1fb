import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers fold in batches, and every fold transaction rewrites the campaign's waiting answers and
 * answered invitations in a random order, so that neither transaction ids nor physical row order
 * follow the order in which raters answered.
 *
 * - `campaigns.fold_due_at`: when the answers still waiting for a batch are folded anyway (a
 *   window boundary, never an answer's own time); `answers_waiting`: how many the last fold left
 *   waiting, so the sweep notices an answer whose job never ran.
 * - The sweep now looks answers up by campaign: the partial index follows.
 * - `move_rows_in_order`: deletes and re-inserts rows one by one in the order given, in one round
 *   trip. The new rows carry the transaction's id and are appended in that order. An UPDATE would
 *   not do: Postgres keeps a row's new version on the same page whenever there is room, so pages
 *   (and with them `ctid` order) would still follow the order the rows were first written in.
 */
export class BatchedFolding1764300000000 implements MigrationInterface {
  name = 'BatchedFolding1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "campaigns" ADD "fold_due_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "campaigns" ADD "answers_waiting" integer NOT NULL DEFAULT '0'`);
    await q.query(`DROP INDEX "public"."IDX_responses_pending"`);
    await q.query(`CREATE INDEX "IDX_responses_waiting" ON "responses" ("campaign_id") WHERE NOT "aggregated"`);
    await q.query(`CREATE FUNCTION "move_rows_in_order"(target regclass, ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        row_id uuid;
        moved integer := 0;
      BEGIN
        FOREACH row_id IN ARRAY ids LOOP
          EXECUTE format('WITH gone AS (DELETE FROM %1$s WHERE id = $1 RETURNING *) INSERT INTO %1$s SELECT * FROM gone', target) USING row_id;
          moved := moved + 1;
        END LOOP;
        RETURN moved;
      END
    $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "move_rows_in_order"(regclass, uuid[])`);
    await q.query(`DROP INDEX "public"."IDX_responses_waiting"`);
    await q.query(`CREATE INDEX "IDX_responses_pending" ON "responses" ("id") WHERE NOT "aggregated"`);
    await q.query(`ALTER TABLE "campaigns" DROP COLUMN "answers_waiting"`);
    await q.query(`ALTER TABLE "campaigns" DROP COLUMN "fold_due_at"`);
  }
}

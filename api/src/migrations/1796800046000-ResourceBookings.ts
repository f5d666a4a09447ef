import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A resource's caps count every approved booking of it, whoever's account it was for: an
 * executive is one person for the whole company. The requester's own connection sees only
 * the bookings of their accounts (row-level security), so the count is a SECURITY DEFINER
 * function that reads the table as its owner and lets only the two numbers out.
 */
export class ResourceBookings1796800046000 implements MigrationInterface {
  name = 'ResourceBookings1796800046000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION trident_resource_bookings(
        resource uuid, day date, OUT in_month int, OUT in_quarter int)
      LANGUAGE sql STABLE SECURITY DEFINER AS $fn$
        SELECT count(*) FILTER (WHERE date_trunc('month', r.date) = date_trunc('month', day))::int,
               count(*) FILTER (WHERE date_trunc('quarter', r.date) = date_trunc('quarter', day))::int
          FROM public.resource_request r
         WHERE r.resource_id = resource AND r.status = 'APPROVED'
      $fn$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION trident_resource_bookings(uuid, date) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION trident_resource_bookings(uuid, date) TO trident_app`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION trident_resource_bookings(uuid, date)`);
  }
}

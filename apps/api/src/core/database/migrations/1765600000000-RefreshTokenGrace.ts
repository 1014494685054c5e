import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A rotated refresh token remembers its successor (sealed under a key derived from the token itself)
 * and whether its one reuse inside the grace window was spent, so that two tabs refreshing at once
 * both stay signed in while a later reuse still revokes the family.
 */
export class RefreshTokenGrace1765600000000 implements MigrationInterface {
  name = 'RefreshTokenGrace1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "successor_sealed" text`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "grace_used_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "grace_used_at"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "successor_sealed"`);
  }
}

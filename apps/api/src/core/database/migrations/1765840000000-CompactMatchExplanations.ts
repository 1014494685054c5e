import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The score's components in the order StoredExplanation lists their values and weights (MATCH_COMPONENTS). */
const COMPONENTS = ['TEXT', 'SECTOR', 'QUALIFICATION', 'LOCALITY', 'COMPLETENESS', 'FRESHNESS'];

const componentField = (field: 'value' | 'weight'): string =>
  `jsonb_build_array(${COMPONENTS.map(
    (component) =>
      `coalesce((SELECT c->'${field}' FROM jsonb_array_elements("explanation"->'components') AS c WHERE c->>'component' = '${component}' LIMIT 1), '0'::jsonb)`,
  ).join(', ')})`;

/**
 * Matches keep their explanation compact (StoredExplanation in @mcf/domain, issue 11): component values and
 * weights as two arrays, constraints without their empty fields and `met`. A matching job at 10⁵ firms writes
 * hundreds of matches a demand, and their explanations whole (790 bytes each) were most of what it sent to
 * PostgreSQL. The rows written whole are converted here; a worker of the previous release may still write a
 * few while a release rolls out, and explanationOf reads both forms.
 */
export class CompactMatchExplanations1765840000000 implements MigrationInterface {
  name = 'CompactMatchExplanations1765840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "matches" SET "explanation" = jsonb_build_object(
        'matchedTerms', coalesce("explanation"->'matchedTerms', '[]'::jsonb),
        'values', ${componentField('value')},
        'weights', ${componentField('weight')},
        'constraints', coalesce((
          SELECT jsonb_agg(jsonb_strip_nulls(c) - 'met' ORDER BY n)
            FROM jsonb_array_elements("explanation"->'constraints') WITH ORDINALITY AS e(c, n)), '[]'::jsonb))
       WHERE "explanation" ? 'components'`);
  }

  /** Back to the whole form; each contribution computed as componentScore does (in floating point, halves up). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "matches" SET "explanation" = jsonb_build_object(
        'matchedTerms', "explanation"->'matchedTerms',
        'components', (
          SELECT jsonb_agg(jsonb_build_object('component', k.component, 'value', v, 'weight', w,
                   'contribution', floor((v::text)::float8 * (w::text)::float8 * 10000 + 0.5) / 10000) ORDER BY k.n)
            FROM unnest(ARRAY[${COMPONENTS.map((c) => `'${c}'`).join(', ')}]) WITH ORDINALITY AS k(component, n)
            JOIN LATERAL (SELECT "explanation"->'values'->(k.n::int - 1) AS v, "explanation"->'weights'->(k.n::int - 1) AS w) AS p ON true),
        'constraints', coalesce((
          SELECT jsonb_agg(jsonb_build_object('kind', c->'kind', 'qualificationType', c->'qualificationType',
                   'requiredLevel', c->'requiredLevel', 'heldLevel', c->'heldLevel', 'expiresOn', c->'expiresOn',
                   'outcome', c->'outcome', 'met', c->>'outcome' = 'MET') ORDER BY n)
            FROM jsonb_array_elements("explanation"->'constraints') WITH ORDINALITY AS e(c, n)), '[]'::jsonb))
       WHERE "explanation" ? 'values'`);
  }
}

/**
 * What must hold after a load run, read straight from the database (and the SMTP sink): every demand
 * whose publishing was accepted is matched (matching READY for its version), every accepted response
 * and message is stored, and every notification those writes cause exists exactly once and was
 * emailed exactly once to each recipient.
 */
import type pg from 'pg';
import type { SmtpSink } from '../smtp-sink.js';
import type { AcceptedWrites } from './load-scenario.js';

export interface LoadChecks {
  /** Records looked for, by kind. */
  checked: Record<string, number>;
  /** Records missing, by kind (all must be 0). */
  lost: Record<string, number>;
  /** Notifications recorded, and emails received, more than once. */
  duplicates: { notifications: number; emails: number };
  /** Emails expected and received. */
  emails: { expected: number; received: number };
  /** Whether matching and email delivery caught up within the time given, and how long they took. */
  settledSeconds: number;
  problems: string[];
}

async function until(probe: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function checkAcceptedWrites(
  pool: pg.Pool,
  accepted: AcceptedWrites,
  options: { timeoutMs: number; sink?: SmtpSink },
): Promise<LoadChecks> {
  const started = Date.now();
  const problems: string[] = [];
  const demandIds = accepted.demands.map((d) => d.id);

  const unmatched = async () =>
    (
      await pool.query<{ id: string }>(
        `SELECT d."id" FROM "demands" d JOIN unnest($1::uuid[], $2::int[]) AS a("id", "version") ON a."id" = d."id"
          WHERE d."matching_status" <> 'READY' OR d."matched_version" < a."version"`,
        [demandIds, accepted.demands.map((d) => d.version)],
      )
    ).rows.map((r) => r.id);
  const unemailed = async () =>
    Number((await pool.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "notifications" WHERE "emailed_at" IS NULL`)).rows[0]!.n);
  await until(async () => (await unmatched()).length === 0 && (!options.sink || (await unemailed()) === 0), options.timeoutMs);

  const present = async (table: string, ids: string[]) =>
    (await pool.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "${table}" WHERE "id" = ANY($1::uuid[])`, [ids])).rows[0]!.n;
  const stillUnmatched = await unmatched();
  if (stillUnmatched.length > 0) problems.push(`not matched: ${stillUnmatched.slice(0, 5).join(', ')}`);
  const demandsStored = await present('demands', demandIds);
  const responsesStored = await present('demand_responses', accepted.responses.map((r) => r.id));
  const messagesStored = await present('thread_messages', accepted.messages.map((m) => m.id));

  // One notification per accepted write, to the organisation it concerns.
  const expectedKeys = [
    ...accepted.demands.map((d) => `matching-ready:${d.id}:v${d.version}`),
    ...accepted.responses.map((r) => `response-received:${r.id}`),
    ...accepted.messages.map((m) => `message-received:${m.id}`),
  ];
  const counts = new Map(
    (
      await pool.query<{ key: string; n: number }>(
        `SELECT "dedup_key" AS "key", count(*)::int AS "n" FROM "notifications" WHERE "dedup_key" = ANY($1::text[]) GROUP BY "dedup_key"`,
        [expectedKeys],
      )
    ).rows.map((r) => [r.key, r.n]),
  );
  const missingNotifications = expectedKeys.filter((k) => !counts.has(k));
  if (missingNotifications.length > 0) problems.push(`notifications missing: ${missingNotifications.slice(0, 5).join(', ')}`);
  const duplicateNotifications = [...counts.values()].filter((n) => n > 1).length;

  let emails = { expected: 0, received: 0 };
  let duplicateEmails = 0;
  let missingEmails = 0;
  if (options.sink) {
    // Each emailed notification goes to its organisation's active members, or to the administrators.
    const expected = new Map(
      (
        await pool.query<{ email: string; n: number }>(
          `SELECT u."email", count(*)::int AS "n" FROM "notifications" n
             JOIN "users" u ON u."disabled_at" IS NULL AND (
               (n."organization_id" IS NOT NULL AND u."organization_id" = n."organization_id") OR
               (n."organization_id" IS NULL AND u."platform_role" = 'ADMIN'))
            WHERE n."emailed_at" IS NOT NULL GROUP BY u."email"`,
        )
      ).rows.map((r) => [r.email, r.n]),
    );
    const received = new Map<string, number>();
    for (const mail of options.sink.received) for (const to of mail.to) received.set(to, (received.get(to) ?? 0) + 1);
    for (const address of new Set([...expected.keys(), ...received.keys()])) {
      const want = expected.get(address) ?? 0;
      const got = received.get(address) ?? 0;
      if (got > want) duplicateEmails += got - want;
      if (got < want) missingEmails += want - got;
    }
    emails = { expected: [...expected.values()].reduce((a, b) => a + b, 0), received: [...received.values()].reduce((a, b) => a + b, 0) };
    const notEmailed = await unemailed();
    if (notEmailed > 0) problems.push(`${notEmailed} notifications never emailed`);
    missingEmails += notEmailed;
  }

  return {
    checked: {
      demands: demandIds.length,
      responses: accepted.responses.length,
      messages: accepted.messages.length,
      notifications: expectedKeys.length,
      emails: emails.expected,
    },
    lost: {
      demands: demandIds.length - demandsStored,
      matches: stillUnmatched.length,
      responses: accepted.responses.length - responsesStored,
      messages: accepted.messages.length - messagesStored,
      notifications: missingNotifications.length,
      emails: missingEmails,
    },
    duplicates: { notifications: duplicateNotifications, emails: duplicateEmails },
    emails,
    settledSeconds: Math.round((Date.now() - started) / 100) / 10,
    problems,
  };
}

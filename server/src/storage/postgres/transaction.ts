import type { Pool, PoolClient } from 'pg';

export type Isolation = 'READ COMMITTED' | 'REPEATABLE READ';

/**
 * Runs `fn` in one transaction on one pooled connection: COMMIT when it resolves, ROLLBACK when it
 * throws. A connection whose ROLLBACK also failed is destroyed rather than returned to the pool,
 * so no later caller inherits a half-open transaction.
 */
export async function inTransaction<T>(
  pool: Pool,
  fn: (client: PoolClient) => Promise<T>,
  options: { isolation?: Isolation; readOnly?: boolean } = {},
): Promise<T> {
  const client = await pool.connect();
  const mode = `ISOLATION LEVEL ${options.isolation ?? 'READ COMMITTED'}${options.readOnly ? ' READ ONLY' : ''}`;
  let result: T;
  try {
    await client.query(`BEGIN ${mode}`);
    result = await fn(client);
    await client.query('COMMIT');
  } catch (err) {
    let broken: Error | undefined;
    try {
      await client.query('ROLLBACK');
    } catch (rollbackErr) {
      broken = rollbackErr as Error;
    }
    client.release(broken);
    throw err;
  }
  client.release();
  return result;
}

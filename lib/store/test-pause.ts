/**
 * For the kill test only (e2e/store-faults.spec.ts): with SITREP_TEST_HOOKS=1 (inlined into builds
 * made for tests) and SITREP_TEST_PAUSE=accept:<file>, an accept writes <file> between writing the
 * article and writing the events, and waits there, in the middle of its transaction, until the
 * process is killed. A test can then kill it at exactly that point instead of hoping to.
 */
import { writeFileSync } from 'node:fs';

export function testPause(step: 'accept'): (() => Promise<void>) | undefined {
  if (process.env.SITREP_TEST_HOOKS !== '1') return undefined;
  const spec = process.env.SITREP_TEST_PAUSE;
  if (!spec?.startsWith(`${step}:`)) return undefined;
  const marker = spec.slice(step.length + 1);
  return async () => {
    writeFileSync(marker, String(process.pid));
    await new Promise<never>(() => {});
  };
}

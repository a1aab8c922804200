import { generateAccount } from '../../simulator/generate.ts';
import type { SimAccount } from '../../simulator/model.ts';
import { TEST_NOW } from './simulator-client.ts';

/** Test helpers for the simulator's generated data (src/simulator/generate.ts). */

/** The seeds each consistency rule is checked over: the simulator's default, the tests', one more. */
export const CHECKED_SEEDS = ['scp-simulator', 'test-seed', 'another'];

/** An account as the simulator generates it when started at TEST_NOW. */
export function testAccount(seed: string, volumeCount = 1234, region?: string): SimAccount {
  return generateAccount({ seed, volumeCount, referenceTime: TEST_NOW, ...(region ? { region } : {}) });
}

/**
 * Rules checked over a whole account, their failures collected as text (the first 20) for one
 * expect per account: 100,000 volumes × 25 expects would take a minute.
 */
export function ruleChecks(): { problems: string[]; check(ok: boolean, what: string): void } {
  const problems: string[] = [];
  return {
    problems,
    check: (ok, what) => {
      if (!ok && problems.length < 20) problems.push(what);
    },
  };
}

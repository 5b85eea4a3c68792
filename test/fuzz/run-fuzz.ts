/**
 * The fuzz property over grid → analyseWorkbook, run by the shard files (two shards so jest runs
 * them on two workers). Seeded and reproducible: FUZZ_SEED (default fixed for CI, shard i uses
 * seed + i), FUZZ_RUNS total cases (default 10,000, split over the shards); `node scripts/fuzz.js
 * --runs 200000 [--seed N]` runs more. A failure prints the seed, the fast-check path, the shrunk
 * layout and the violated property; re-run with FUZZ_SEED=<seed> to reproduce.
 */
import fc from 'fast-check';
import { analyseWorkbook } from '../../src/core/analyse';
import { NATIONAL_PROFILE, PLATFORM_CAPS_PROFILE, type ScoringProfile } from '../../src/core/rules/profile';
import { buildWorkbook, describeLayout, layoutArb } from './arbitraries';
import { checkAnalysis, checkIdempotent } from './invariants';

export const SHARDS = 2;
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261128);

const PROFILES: readonly ScoringProfile[] = [
  NATIONAL_PROFILE,
  PLATFORM_CAPS_PROFILE,
  { ...NATIONAL_PROFILE, id: 'fuzz-initial-linear', budgetBasis: 'initialBudget', reverseFormula: 'linear', qualBands: ['0.8', '0.5'] },
];

export function fuzzShard(shard: number): void {
  const runs = Math.ceil(TOTAL_RUNS / SHARDS);
  const seed = BASE_SEED + shard;
  it(`never throws; writes only output cells, never formulas, never NaN/Infinity, never a negative score; P01 for every unparseable number; idempotent (${runs} cases, seed ${seed})`, async () => {
    let withTables = 0;
    let withWrites = 0;
    const property = fc.asyncProperty(layoutArb, fc.nat({ max: PROFILES.length - 1 }), async (layout, pi) => {
      const profile = PROFILES[pi];
      const wb = buildWorkbook(layout);
      const a = analyseWorkbook(wb, { profile });
      if (a.recognised.tables.length > 0) withTables += 1;
      if (a.plan.writes.length > 0) withWrites += 1;
      const violations = [...checkAnalysis(wb, a), ...(await checkIdempotent(wb, a, profile))];
      if (violations.length > 0) {
        throw new Error(`${violations.map((v) => `${v.property}: ${v.detail}`).join('\n')}\nprofile ${profile.id}; layout ${describeLayout(layout)}`);
      }
    });
    const details = await fc.check(property, { seed, numRuns: runs });
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`fuzz failed — reproduce with FUZZ_SEED=${BASE_SEED} (shard ${shard}: fast-check seed ${details.seed}, path "${details.counterexamplePath}")\n${fc.defaultReportMessage(details) ?? ''}\n${cause}`);
    }
    // The generators must reach the engine: most cases hold a recognised table, many plan writes.
    expect(withTables).toBeGreaterThan(runs * 0.6);
    expect(withWrites).toBeGreaterThan(runs * 0.3);
  }, Math.max(60_000, runs * 15));
}

/** Fuzz shard 0 of grid → analyseWorkbook (see run-fuzz.ts). */
import { fuzzShard } from './run-fuzz';

describe('fuzz: grid → analyseWorkbook, shard 0', () => {
  fuzzShard(0);
});

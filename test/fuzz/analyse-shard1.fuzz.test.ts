/** Fuzz shard 1 of grid → analyseWorkbook (see run-fuzz.ts). */
import { fuzzShard } from './run-fuzz';

describe('fuzz: grid → analyseWorkbook, shard 1', () => {
  fuzzShard(1);
});

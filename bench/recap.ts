/** Recap benchmark on its own (`npx tsx bench/recap.ts`); also part of bench/pipeline.ts. Env: BENCH_RECAP_N (default 100000). */
import { measureRecap, recapBenchLines } from "./recap-measure.js";

const n = Number(process.env.BENCH_RECAP_N ?? 100_000);
for (const line of recapBenchLines(await measureRecap({ n, rws: 20 }))) process.stdout.write(`${line}\n`);
process.stdout.write(`recap benchmark peak RSS (own process):   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);

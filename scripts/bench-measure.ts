/**
 * Times `fn` over `runs` runs after a warm-up and prints the median and p99 in
 * milliseconds. Shared by the benchmarks in scripts/bench/.
 */
export function measure(label: string, runs: number, fn: () => unknown, { warmup = 50, digits = 3, width = 52 } = {}): void {
  for (let i = 0; i < Math.min(warmup, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(digits);
  console.log(`${label.padEnd(width)} median ${at(0.5)} ms  p99 ${at(0.99)} ms  (${runs} runs)`);
}

/** The most timestamps (ms) that fall into any closed window of `windowMs`. */
export function maxInAnyWindow(timestamps: number[], windowMs: number): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! > windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

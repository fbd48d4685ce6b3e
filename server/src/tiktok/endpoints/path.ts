/** A path segment from caller input (order, package, return id…), percent-encoded. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** A positive whole number from the address, or undefined (a bad id shows "not found" rather than calling the API). */
export function positiveId(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/**
 * The 20 digits of a typed or scanned code, or null. Spaces and dashes are ignored, as
 * the API does, so that the grouped display "1234 5678 ..." can be typed as shown.
 */
export function normalizeCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{20}$/.test(digits) ? digits : null;
}

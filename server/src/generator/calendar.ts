/**
 * Months as one whole number (year × 12 + month − 1), so that adding and comparing months is
 * plain arithmetic in the generator's inner loop.
 */
export function monthIndex(text: string) {
  const [year, month] = text.split('-').map(Number);
  return year * 12 + month - 1;
}

/** YYYY-MM */
export function monthText(index: number) {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** YYYY-MM-DD; the generator uses days 1 to 28 only, which every month has. */
export function dayOf(index: number, day: number) {
  return `${monthText(index)}-${String(day).padStart(2, '0')}`;
}

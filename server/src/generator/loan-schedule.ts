/**
 * What a loan owes after some instalments, in whole fen. Computed in floating point and
 * rounded once to the fen: the principal is at most a few hundred million fen, far inside
 * the range where a double is exact to well below a fen.
 */
export type RepaymentMethod = 'EQUAL_INSTALMENTS' | 'EQUAL_PRINCIPAL';

/**
 * First-home HPF loan rates set on 8 May 2025, which existing loans carry from 1 January 2026
 * (rates are reset each 1 January). One rate for the loan's whole life is a simplification.
 */
export function annualRate(termMonths: number) {
  return termMonths > 60 ? 0.026 : 0.021;
}

/** Principal still owed after `paid` monthly instalments, exact (not rounded). */
function remaining(method: RepaymentMethod, principalFen: number, term: number, paid: number) {
  if (paid >= term) return 0;
  if (method === 'EQUAL_PRINCIPAL') return (principalFen * (term - paid)) / term;
  // 等额本息: an annuity; what is left is the present value of the instalments still to pay.
  const r = annualRate(term) / 12;
  const growth = (1 + r) ** term;
  return (principalFen * (growth - (1 + r) ** paid)) / (growth - 1);
}

export function remainingPrincipalFen(
  method: RepaymentMethod,
  principalFen: number,
  term: number,
  paid: number,
) {
  return Math.round(remaining(method, principalFen, term, paid));
}

/** The instalments numbered `from` + 1 to `from` + `count`, principal and interest, summed. */
export function instalmentsFen(
  method: RepaymentMethod,
  principalFen: number,
  term: number,
  from: number,
  count: number,
) {
  const r = annualRate(term) / 12;
  let total = 0;
  for (let i = from; i < from + count && i < term; i += 1) {
    const owed = remaining(method, principalFen, term, i);
    total += owed - remaining(method, principalFen, term, i + 1) + owed * r;
  }
  return Math.round(total);
}

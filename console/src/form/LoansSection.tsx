import { useTranslate } from 'react-admin';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';
import { money } from './format';
import type { FormLoan } from './form-types';

/** One block per loan; an overdue loan is marked in the warning style, also on paper. */
export function LoansSection({ loans }: { loans: FormLoan[] }) {
  const translate = useTranslate();
  return (
    <FormSection title="app.form.loans">
      {loans.length === 0 && <p className="empty">{translate('app.form.no_loans')}</p>}
      {loans.map((loan) => {
        const overdue = loan.status === 'OVERDUE' || loan.overduePeriods > 0;
        return (
          <div key={loan.loanNumber} className={overdue ? 'loan overdue' : 'loan'}>
            <FieldGrid
              rows={[
                { label: 'loanNumber', value: <span className="mono">{loan.loanNumber}</span> },
                {
                  label: 'loanStatus',
                  value: (
                    <strong className={overdue ? 'badge alert' : 'badge'}>
                      {translate(`app.enums.loan_status.${loan.status}`)}
                    </strong>
                  ),
                  alert: overdue,
                },
                { label: 'kind', value: translate(`app.enums.loan_kind.${loan.kind}`) },
                { label: 'principal', value: money(loan.principal) },
                { label: 'termMonths', value: loan.termMonths },
                { label: 'issuedOn', value: loan.issuedOn },
                {
                  label: 'repaymentMethod',
                  value: translate(`app.enums.repayment.${loan.repaymentMethod}`),
                },
                { label: 'loanBalance', value: money(loan.balance) },
                { label: 'overduePeriods', value: loan.overduePeriods, alert: overdue },
                { label: 'overdueAmount', value: money(loan.overdueAmount), alert: overdue },
              ]}
            />
          </div>
        );
      })}
    </FormSection>
  );
}

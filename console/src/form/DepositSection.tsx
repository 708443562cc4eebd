import { useTranslate } from 'react-admin';
import { DepositHistoryTable } from './DepositHistoryTable';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';
import { money, rate } from './format';
import type { FormDeposit } from './form-types';

export function DepositSection({ deposit }: { deposit: FormDeposit | null }) {
  const translate = useTranslate();
  if (!deposit) {
    return (
      <FormSection title="app.form.deposit">
        <p className="notice">{translate('app.form.no_deposit')}</p>
      </FormSection>
    );
  }
  const abnormal = deposit.status !== 'NORMAL';
  return (
    <FormSection title="app.form.deposit">
      <FieldGrid
        rows={[
          { label: 'accountNumber', value: <span className="mono">{deposit.accountNumber}</span> },
          {
            label: 'status',
            value: (
              <strong className={abnormal ? 'badge alert' : 'badge'}>
                {translate(`app.enums.deposit_status.${deposit.status}`)}
              </strong>
            ),
            alert: abnormal,
          },
          { label: 'employerName', value: deposit.employerName },
          {
            label: 'employerNumber',
            value: <span className="mono">{deposit.employerNumber}</span>,
          },
          { label: 'openedOn', value: deposit.openedOn },
          { label: 'depositBase', value: money(deposit.depositBase) },
          { label: 'employerRate', value: rate(deposit.employerRate) },
          { label: 'employeeRate', value: rate(deposit.employeeRate) },
          { label: 'monthlyAmount', value: money(deposit.monthlyAmount) },
          { label: 'balance', value: <strong className="large">{money(deposit.balance)}</strong> },
          { label: 'paidUpTo', value: deposit.paidUpTo ?? '—' },
          { label: 'consecutiveMonths', value: deposit.consecutiveMonths },
        ]}
      />
      <DepositHistoryTable history={deposit.history} />
    </FormSection>
  );
}

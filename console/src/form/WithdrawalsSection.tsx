import { useTranslate } from 'react-admin';
import { FormSection } from './FormSection';
import { money } from './format';
import type { InformationForm } from './form-types';

export function WithdrawalsSection({
  withdrawals,
}: {
  withdrawals: InformationForm['withdrawals'];
}) {
  const translate = useTranslate();
  return (
    <FormSection title="app.form.withdrawals">
      {withdrawals.length === 0 ? (
        <p className="empty">{translate('app.form.no_withdrawals')}</p>
      ) : (
        <table className="form-table">
          <thead>
            <tr>
              <th>{translate('app.form.fields.date')}</th>
              <th>{translate('app.form.fields.reason')}</th>
              <th className="num">{translate('app.form.fields.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {withdrawals.map((withdrawal, index) => (
              <tr key={`${withdrawal.date}-${index}`}>
                <td className="mono">{withdrawal.date}</td>
                <td>{translate(`app.enums.withdrawal.${withdrawal.reason}`)}</td>
                <td className="num">{money(withdrawal.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </FormSection>
  );
}

import { useTranslate } from 'react-admin';
import { money } from './format';
import type { FormDeposit } from './form-types';

export function DepositHistoryTable({ history }: { history: FormDeposit['history'] }) {
  const translate = useTranslate();
  if (history.length === 0) return <p className="empty">{translate('app.form.no_history')}</p>;
  return (
    <table className="form-table compact">
      <caption>{translate('app.form.history')}</caption>
      <thead>
        <tr>
          <th>{translate('app.form.fields.month')}</th>
          <th className="num">{translate('app.form.fields.amount')}</th>
          <th>{translate('app.form.fields.employerName')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((month) => (
          <tr key={month.month}>
            <td className="mono">{month.month}</td>
            <td className="num">{money(month.amount)}</td>
            <td>{month.employerName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

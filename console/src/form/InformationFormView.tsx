import { useTranslate } from 'react-admin';
import { DepositSection } from './DepositSection';
import { HolderSection } from './HolderSection';
import { LoansSection } from './LoansSection';
import { QuerySection } from './QuerySection';
import { WithdrawalsSection } from './WithdrawalsSection';
import type { InformationForm } from './form-types';
import './information-form.css';

/**
 * 个人信息表: every section of disclosureScope. The same markup is the printout: print
 * CSS hides the console around it.
 */
export function InformationFormView({ form }: { form: InformationForm }) {
  const translate = useTranslate();
  return (
    <article className="information-form" aria-label={translate('app.form.title')}>
      <header className="form-header">
        <h1>{translate('app.form.title')}</h1>
        <p className="form-serial">
          {translate('app.form.fields.serialNumber')}:{' '}
          <span className="mono">{form.serialNumber}</span>
          {'　'}
          {translate('app.form.fields.checkCode')}: <span className="mono">{form.checkCode}</span>
        </p>
      </header>
      <HolderSection holder={form.holder} />
      <DepositSection deposit={form.deposit} />
      <WithdrawalsSection withdrawals={form.withdrawals} />
      <LoansSection loans={form.loans} />
      <QuerySection form={form} />
    </article>
  );
}

import { useTranslate } from 'react-admin';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';
import { cstDateTime } from './format';
import type { InformationForm } from './form-types';

/** 查询信息: what makes a printout traceable and verifiable. */
export function QuerySection({ form }: { form: InformationForm }) {
  const translate = useTranslate();
  const verifyUrl = `${window.location.origin}${import.meta.env.BASE_URL}#/verify`;
  return (
    <FormSection title="app.form.query">
      <FieldGrid
        rows={[
          {
            label: 'serialNumber',
            value: <strong className="mono large">{form.serialNumber}</strong>,
          },
          { label: 'checkCode', value: <strong className="mono large">{form.checkCode}</strong> },
          { label: 'center', value: form.center.name },
          { label: 'clerkNumber', value: <span className="mono">{form.clerkNumber}</span> },
          { label: 'queriedAt', value: cstDateTime(form.queriedAt) },
          { label: 'asOf', value: cstDateTime(form.asOf) },
        ]}
      />
      <p className="verify-note">{translate('app.form.verify_note', { url: verifyUrl })}</p>
    </FormSection>
  );
}

import { useTranslate } from 'react-admin';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';
import type { InformationForm } from './form-types';

export function HolderSection({ holder }: { holder: InformationForm['holder'] }) {
  const translate = useTranslate();
  return (
    <FormSection title="app.form.holder">
      <FieldGrid
        rows={[
          { label: 'name', value: <strong className="large">{holder.name}</strong> },
          { label: 'idType', value: translate(`app.enums.id_type.${holder.idType}`) },
          { label: 'idNumber', value: <strong className="large mono">{holder.idNumber}</strong> },
          { label: 'mobile', value: holder.mobile ?? '—' },
        ]}
      />
    </FormSection>
  );
}

import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface FieldRow {
  /** i18n key of the label, under app.form.fields. */
  label: string;
  value: ReactNode;
  /** Shown in the warning style: a state other than normal, an overdue amount. */
  alert?: boolean;
}

/** Label and value pairs in two columns. */
export function FieldGrid({ rows }: { rows: FieldRow[] }) {
  const translate = useTranslate();
  return (
    <dl className="field-grid">
      {rows.map((row) => (
        <div key={row.label} className={row.alert ? 'field alert' : 'field'}>
          <dt>{translate(`app.form.fields.${row.label}`)}</dt>
          <dd data-field={row.label}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

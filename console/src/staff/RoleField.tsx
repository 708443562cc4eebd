import { useRecordContext, useTranslate } from 'react-admin';

export function RoleField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ role: string }>();
  const translate = useTranslate();
  return record ? <span>{translate(`app.enums.role.${record.role}`)}</span> : null;
}

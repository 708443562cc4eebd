import { useRecordContext } from 'react-admin';

export function ClerkField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ clerk: { name: string; staffNumber: string } }>();
  if (!record) return null;
  return (
    <span>
      {record.clerk.name}（{record.clerk.staffNumber}）
    </span>
  );
}

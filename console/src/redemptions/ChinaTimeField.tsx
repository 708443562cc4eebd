import { useRecordContext } from 'react-admin';
import { cstDateTime } from '../form/format';

/** A time in China Standard Time, whatever the browser's zone. */
export function ChinaTimeField({ source }: { source: string; label?: string }) {
  const record = useRecordContext<Record<string, string | null>>();
  return <span>{cstDateTime(record?.[source])}</span>;
}

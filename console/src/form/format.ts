/**
 * Display helpers. Money stays a decimal string from the API to the screen: it is grouped
 * by text, never turned into a float.
 */
export function money(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/** "0.1200" → "12%", by moving the decimal point in the text. */
export function rate(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  const padded = fraction.padEnd(2, '0');
  const percent = `${Number(whole) * 100 + Number(padded.slice(0, 2))}`;
  const rest = padded.slice(2).replace(/0+$/, '');
  return `${percent}${rest ? `.${rest}` : ''}%`;
}

const CST_FORMAT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** Times in China Standard Time, the service's clock, whatever the browser's zone. */
export function cstDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = Object.fromEntries(
    CST_FORMAT.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

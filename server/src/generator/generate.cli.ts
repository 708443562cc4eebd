/**
 * `npm run generate -- --employees N --out DIR [--seed S] [--centers 440300,110000]
 * [--months 24] [--as-of YYYY-MM] [--headers zh|en] [--encoding utf8|gb18030]`
 * writes one folder of import files per center, ready for `npm run import`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayInChina } from '../import/field-rules';
import { generateDataset } from './generate-dataset';
import { DEMO_CENTER_CODES } from './real-centers';

const USAGE = `usage: npm run generate -- --employees N --out DIR [--seed S]
       [--centers 440300,440100,110000,310000] [--months 24] [--as-of YYYY-MM]
       [--headers zh|en] [--encoding utf8|gb18030] [--profile realistic|bench]`;

async function main() {
  const { values } = parseArgs({
    options: {
      employees: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      centers: { type: 'string', default: DEMO_CENTER_CODES.join(',') },
      months: { type: 'string', default: '24' },
      'as-of': { type: 'string', default: todayInChina(new Date()).month },
      headers: { type: 'string', default: 'zh' },
      encoding: { type: 'string', default: 'utf8' },
      profile: { type: 'string', default: 'realistic' },
    },
  });
  const employees = Number(values.employees);
  const months = Number(values.months);
  if (
    !Number.isInteger(employees) ||
    employees < 1 ||
    employees > 10_000_000 ||
    !values.out ||
    !Number.isInteger(months) ||
    months < 0 ||
    months > 120 ||
    !/^\d{4}-(0[1-9]|1[0-2])$/.test(values['as-of']) ||
    !['zh', 'en'].includes(values.headers) ||
    !['utf8', 'gb18030'].includes(values.encoding) ||
    !['realistic', 'bench'].includes(values.profile)
  ) {
    console.error(USAGE);
    return 2;
  }
  const out = path.resolve(process.env.INIT_CWD || process.cwd(), values.out);
  const started = Date.now();
  const summary = await generateDataset({
    employees,
    out,
    seed: Number(values.seed) || 0,
    centers: values.centers.split(',').map((code) => code.trim()),
    months,
    asOf: values['as-of'],
    profile: values.profile as 'realistic' | 'bench',
    headers: values.headers as 'zh' | 'en',
    encoding: values.encoding as 'utf8' | 'gb18030',
  });
  const rows = Object.entries(summary.rows)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  console.log(`wrote ${rows} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const folder of summary.folders) {
    const shown = path.relative(process.env.INIT_CWD || process.cwd(), folder) || folder;
    console.log(`  npm run import -- --center ${path.basename(folder)} ${shown}`);
  }
  if (values.profile === 'realistic') {
    console.log(`people to try, by scenario: ${path.join(out, 'samples.json')}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`generate failed: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);

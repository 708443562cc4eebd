/**
 * `npm run generate -- --employees N --out DIR [options]` writes one folder of import files
 * per center, ready for `npm run import`; `--help` lists the options.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayInChina } from '../import/field-rules';
import { generateDataset } from './generate-dataset';
import { DEMO_CENTER_CODES } from './real-centers';

const USAGE = `usage: npm run generate -- --employees N --out DIR [--seed S]
       [--centers 440300,440100,110000,310000] [--months 24] [--as-of YYYY-MM]
       [--headers zh|en] [--encoding utf8|gb18030] [--profile realistic|bench]

Writes one folder of CSV import files per center, and samples.json (people to try).
  --employees N   people to generate (1 to 10000000)
  --out DIR       where to write; created if missing
  --seed S        0 to 4294967295, default 1; the same seed and --as-of give the same files
  --centers       center codes, comma-separated; default the demo's four
  --months        months of deposit history per account, 0 to 120; default 24
  --as-of         the month the data is as of; default this month in China
  --headers       column names in Chinese (zh, default) or English keys (en)
  --encoding      utf8 (default) or gb18030
  --profile       realistic (default), or bench: one account per person, no loans
  -h, --help      print this and exit`;

function readArgs() {
  return parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
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
  }).values;
}

async function main() {
  let values: ReturnType<typeof readArgs>;
  try {
    values = readArgs();
  } catch (error) {
    // An unknown or malformed option: say which, then how it is used.
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
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
    !/^\d{1,10}$/.test(values.seed) ||
    Number(values.seed) > 0xffff_ffff ||
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
    seed: Number(values.seed),
    centers: values.centers.split(',').map((code) => code.trim()),
    months,
    asOf: values['as-of'],
    profile: values.profile as 'realistic' | 'bench',
    headers: values.headers as 'zh' | 'en',
    encoding: values.encoding as 'utf8' | 'gb18030',
  });
  // Rows, not people: someone with records in two centers is an employee row in both.
  const rows = Object.entries(summary.rows)
    .map(([kind, count]) =>
      kind === 'employee'
        ? `employee ${count} (a person with records in two centers is in both)`
        : `${kind} ${count}`,
    )
    .join(', ');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${summary.people} people in ${seconds} s; rows written: ${rows}; import with:`);
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

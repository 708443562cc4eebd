/**
 * The importing side of `npm run bench:import`, in a process of its own that loads only
 * what the import CLI loads for the work, so that its peak memory is the import's own.
 * Usage: import-child.ts <database URL> <folder>; prints one JSON line.
 */
import path from 'node:path';
import { Client } from 'pg';
import { runImport } from '../src/import/import-run';

const FILES = ['employees.csv', 'deposit_accounts.csv', 'deposit_months.csv'];

async function main(url: string, folder: string) {
  const client = new Client({ connectionString: url });
  client.on('error', (error) => console.error(`database connection lost: ${error.message}`));
  await client.connect();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const report = await runImport(client, {
    centerCode: '440300',
    mode: 'FULL',
    dryRun: false,
    files: FILES.map((file) => path.join(folder, file)),
    now: new Date(),
  });
  clearInterval(sampler);
  await client.end();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ report, peakRss, maxRss }) + '\n');
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

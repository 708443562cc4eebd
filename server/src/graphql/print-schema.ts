/**
 * Prints the schema the code defines. `--write` updates schema.graphql at the top of the
 * repository; `--check` fails when the committed file differs from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { appSchema } from './schema';

const SCHEMA_FILE = path.resolve(__dirname, '../../../schema.graphql');

async function main() {
  const printed = printSchema(lexicographicSortSchema(await appSchema())) + '\n';
  const mode = process.argv[2];

  if (mode === '--write') {
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  } else if (mode === '--check') {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // A missing file is a difference like any other.
    }
    if (committed !== printed) {
      console.error('schema.graphql differs from the code: run `npm run schema:write -w server`');
      process.exit(1);
    }
    console.log('schema.graphql matches the code');
  } else {
    process.stdout.write(printed);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

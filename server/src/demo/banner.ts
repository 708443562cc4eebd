import type { DemoPeople } from '../identity/dev-routes';

/** What a person starting the demo needs on screen: where to go and how to sign in. */
export function printDemoBanner(url: string, people: DemoPeople | null) {
  const lines = [
    '',
    '  住房公积金业务办理电子码 · HPF e-code service (DEMO MODE)',
    '',
    `  Staff console   ${url}/console/`,
    `  GraphQL API     ${url}/graphql   (WebSocket subscriptions on the same path)`,
    `  Demo people     ${url}/dev/demo-people`,
    '',
    '  Staff accounts (passwords are random for this data folder):',
    ...(people?.staff ?? []).map(
      (s) =>
        `    ${s.username.padEnd(16)} ${s.password.padEnd(16)} ${s.role.padEnd(15)} ${s.centerCode ?? ''}`,
    ),
    '',
    '  Demo employees (ID number, name, situation):',
    ...(people?.employees ?? []).map((e) => `    ${e.idNumber}  ${e.name}  ${e.scenario}`),
    '',
    '  Try:  npm run employee -- <ID number>      npm run clerk -- sz_clerk <code>',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/**
 * Who may call what. Each cell is what the test observes, and docs/security.md carries the same
 * table: `yes` the call ran and reached its target; `own` it ran but another person's or
 * center's object stayed out of reach (not found, empty, refused for the wrong center);
 * `no` UNAUTHENTICATED or FORBIDDEN before anything was looked up.
 */
export const ACTORS = [
  'anonymous',
  'employeeA',
  'employeeB',
  'clerkX',
  'clerkY',
  'centerAdminX',
  'platformAdmin',
  'deactivatedClerk',
  'centerSystemX',
] as const;

export type Actor = (typeof ACTORS)[number];
export type Cell = 'yes' | 'own' | 'no';

export const ACTOR_HEADINGS: Record<Actor, string> = {
  anonymous: 'anonymous',
  employeeA: 'employee A',
  employeeB: 'employee B',
  clerkX: 'clerk X',
  clerkY: 'clerk Y',
  centerAdminX: 'center admin X',
  platformAdmin: 'platform admin',
  deactivatedClerk: 'deactivated clerk',
  centerSystemX: 'center X system (API key)',
};

/** In the order of ACTORS. */
const row = (...cells: Cell[]) =>
  Object.fromEntries(ACTORS.map((actor, i) => [actor, cells[i]])) as Record<Actor, Cell>;

export const MATRIX: Record<string, Record<Actor, Cell>> = {
  // Queries
  center: row('no', 'no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no'),
  centerApiKeys: row('no', 'no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no'),
  centerRedemptions: row('no', 'no', 'no', 'yes', 'own', 'yes', 'yes', 'no', 'no'),
  centers: row('no', 'no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no'),
  codeOptions: row('no', 'yes', 'yes', 'no', 'no', 'no', 'no', 'no', 'no'),
  codeOptionsRequireChoice: row('no', 'yes', 'yes', 'no', 'no', 'no', 'no', 'no', 'no'),
  disclosureScope: row('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'),
  me: row('no', 'no', 'no', 'yes', 'yes', 'yes', 'yes', 'no', 'no'),
  myCodes: row('no', 'yes', 'own', 'no', 'no', 'no', 'no', 'no', 'no'),
  staffMember: row('no', 'no', 'no', 'no', 'no', 'yes', 'yes', 'no', 'no'),
  staffMembers: row('no', 'no', 'no', 'no', 'no', 'yes', 'yes', 'no', 'no'),
  usageRecords: row('no', 'yes', 'own', 'no', 'no', 'no', 'no', 'no', 'no'),
  verifyForm: row('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'),
  // Mutations
  applyCode: row('no', 'yes', 'own', 'no', 'no', 'no', 'no', 'no', 'no'),
  createCenter: row('no', 'no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no'),
  createStaff: row('no', 'no', 'no', 'no', 'no', 'yes', 'yes', 'no', 'no'),
  deactivateCenter: row('no', 'no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no'),
  deactivateStaff: row('no', 'no', 'no', 'no', 'no', 'yes', 'yes', 'no', 'no'),
  importAccountData: row('no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no', 'yes'),
  issueCenterApiKey: row('no', 'no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no'),
  redeemCode: row('no', 'no', 'no', 'yes', 'own', 'yes', 'no', 'no', 'no'),
  reopenForm: row('no', 'no', 'no', 'yes', 'own', 'own', 'no', 'no', 'no'),
  resetStaffPassword: row('no', 'no', 'no', 'no', 'no', 'yes', 'yes', 'no', 'no'),
  revokeCenterApiKey: row('no', 'no', 'no', 'no', 'no', 'no', 'yes', 'no', 'no'),
  revokeCode: row('no', 'yes', 'own', 'no', 'no', 'no', 'no', 'no', 'no'),
  staffLogin: row('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'),
  staffLogout: row('no', 'no', 'no', 'yes', 'yes', 'yes', 'yes', 'no', 'no'),
  // Subscriptions
  codeEvents: row('no', 'yes', 'yes', 'no', 'no', 'no', 'no', 'no', 'no'),
};

const SYMBOL: Record<Cell, string> = { yes: '✓', own: 'own', no: '✗' };

/** The table as docs/security.md shows it. */
export function matrixMarkdown(kinds: Record<string, string>) {
  const head = `| operation | ${ACTORS.map((a) => ACTOR_HEADINGS[a]).join(' | ')} |`;
  const rule = `| --- | ${ACTORS.map(() => ':-:').join(' | ')} |`;
  const lines = Object.entries(MATRIX).map(
    ([name, cells]) =>
      `| ${kinds[name] ?? '?'} \`${name}\` | ${ACTORS.map((a) => SYMBOL[cells[a]]).join(' | ')} |`,
  );
  return [head, rule, ...lines].join('\n');
}

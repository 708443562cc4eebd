import {
  checkDate,
  checkEnum,
  checkInteger,
  checkMobile,
  checkMoney,
  checkMonth,
  checkNumber,
  checkOtherId,
  checkRate,
  checkResidentId,
  checkText,
  fenOf,
  type Checked,
  type Today,
} from './field-rules';
import {
  ACCOUNT_STATES,
  ID_TYPES,
  LOAN_KINDS,
  LOAN_STATES,
  REPAYMENT_METHODS,
  WITHDRAWAL_REASONS,
} from './enum-labels';
import { fault, ProblemCode, type Fault } from './problems';

export type RecordKind = 'employee' | 'depositAccount' | 'depositMonth' | 'withdrawal' | 'loan';

/**
 * One column of a record kind. `row` holds the checked values of the columns before this
 * one, so a column may depend on an earlier one (the ID number on the ID type).
 */
export interface ColumnSpec {
  key: string;
  zh: string;
  /** Other Chinese headers seen in center exports. */
  aliases?: string[];
  required: boolean;
  sqlType: 'text' | 'date' | 'numeric' | 'integer';
  /** Used when the column is absent or empty and not required. */
  fallback?: string;
  check(raw: string, today: Today, row: (string | null)[]): Checked;
}

export interface KindSpec {
  kind: RecordKind;
  zh: string;
  /** Staging table name (a temporary table of the run). */
  table: string;
  columns: ColumnSpec[];
  /** Checks across the columns of one row, once each column passed on its own. */
  crossCheck?(row: (string | null)[]): { column: string; fault: Fault } | null;
}

const YUAN = 100;
const number = (label: [string, string]) => (raw: string) => checkNumber(raw, 6, 32, label);

const idType: ColumnSpec = {
  key: 'id_type',
  zh: '证件类型',
  required: false,
  sqlType: 'text',
  fallback: 'RESIDENT_ID',
  check: (raw) => checkEnum(raw, ID_TYPES, ['证件类型', 'ID type']),
};

/** Relies on id_type being the column just before it. */
const idNumber: ColumnSpec = {
  key: 'id_number',
  zh: '证件号码',
  aliases: ['身份证号码', '身份证号'],
  required: true,
  sqlType: 'text',
  check: (raw, today, row) =>
    (row[row.length - 1] ?? 'RESIDENT_ID') === 'RESIDENT_ID'
      ? checkResidentId(raw, today)
      : checkOtherId(raw),
};

const accountNumber: ColumnSpec = {
  key: 'account_number',
  zh: '个人账号',
  aliases: ['公积金账号', '个人公积金账号'],
  required: true,
  sqlType: 'text',
  check: number(['个人账号', 'account number']),
};

const employerName: ColumnSpec = {
  key: 'employer_name',
  zh: '单位名称',
  required: true,
  sqlType: 'text',
  check: (raw) => checkText(raw, 200),
};

function indexOf(spec: KindSpec, key: string) {
  return spec.columns.findIndex((column) => column.key === key);
}

export const EMPLOYEE: KindSpec = {
  kind: 'employee',
  zh: '职工',
  table: 'import_employee',
  columns: [
    idType,
    idNumber,
    {
      key: 'name',
      zh: '姓名',
      required: true,
      sqlType: 'text',
      check: (raw) => checkText(raw, 100),
    },
    {
      key: 'mobile',
      zh: '手机号码',
      aliases: ['手机号', '手机'],
      required: false,
      sqlType: 'text',
      check: checkMobile,
    },
  ],
};

export const DEPOSIT_ACCOUNT: KindSpec = {
  kind: 'depositAccount',
  zh: '个人账户',
  table: 'import_deposit_account',
  columns: [
    accountNumber,
    idType,
    idNumber,
    {
      key: 'status',
      zh: '账户状态',
      required: true,
      sqlType: 'text',
      check: (raw) => checkEnum(raw, ACCOUNT_STATES, ['账户状态', 'account status']),
    },
    employerName,
    {
      key: 'employer_number',
      zh: '单位账号',
      required: true,
      sqlType: 'text',
      check: (raw) => checkNumber(raw, 1, 32, ['单位账号', 'employer number']),
    },
    {
      key: 'opened_on',
      zh: '开户日期',
      required: true,
      sqlType: 'date',
      check: checkDate,
    },
    {
      key: 'deposit_base',
      zh: '缴存基数',
      required: true,
      sqlType: 'numeric',
      check: (raw) => checkMoney(raw, 0, 1_000_000 * YUAN),
    },
    {
      key: 'employer_rate',
      zh: '单位缴存比例',
      required: true,
      sqlType: 'numeric',
      check: checkRate,
    },
    {
      key: 'employee_rate',
      zh: '个人缴存比例',
      required: true,
      sqlType: 'numeric',
      check: checkRate,
    },
    {
      key: 'monthly_amount',
      zh: '月缴存额',
      required: true,
      sqlType: 'numeric',
      check: (raw) => checkMoney(raw, 0, 240_000 * YUAN),
    },
    {
      key: 'balance',
      zh: '账户余额',
      aliases: ['余额'],
      required: true,
      sqlType: 'numeric',
      check: (raw) => checkMoney(raw, 0, 100_000_000 * YUAN),
    },
    {
      key: 'paid_up_to',
      zh: '缴至年月',
      aliases: ['缴存至年月'],
      required: false,
      sqlType: 'text',
      check: checkMonth,
    },
  ],
  crossCheck(row) {
    const opened = row[indexOf(DEPOSIT_ACCOUNT, 'opened_on')];
    const paid = row[indexOf(DEPOSIT_ACCOUNT, 'paid_up_to')];
    if (opened && paid && paid < opened.slice(0, 7)) {
      return {
        column: 'paid_up_to',
        fault: fault(
          ProblemCode.INCONSISTENT,
          '缴至年月早于开户日期',
          'paid_up_to is before the month the account was opened',
        ),
      };
    }
    return null;
  },
};

export const DEPOSIT_MONTH: KindSpec = {
  kind: 'depositMonth',
  zh: '缴存明细',
  table: 'import_deposit_month',
  columns: [
    accountNumber,
    { key: 'month', zh: '缴存年月', required: true, sqlType: 'text', check: checkMonth },
    {
      key: 'amount',
      zh: '缴存金额',
      required: true,
      sqlType: 'numeric',
      check: (raw) => checkMoney(raw, 0, 240_000 * YUAN),
    },
    employerName,
  ],
};

export const WITHDRAWAL: KindSpec = {
  kind: 'withdrawal',
  zh: '提取明细',
  table: 'import_withdrawal',
  columns: [
    accountNumber,
    { key: 'date', zh: '提取日期', required: true, sqlType: 'date', check: checkDate },
    {
      key: 'reason',
      zh: '提取原因',
      required: true,
      sqlType: 'text',
      check: (raw) => checkEnum(raw, WITHDRAWAL_REASONS, ['提取原因', 'withdrawal reason']),
    },
    {
      key: 'amount',
      zh: '提取金额',
      required: true,
      sqlType: 'numeric',
      check: (raw) => checkMoney(raw, 1, 100_000_000 * YUAN),
    },
  ],
};

export const LOAN: KindSpec = {
  kind: 'loan',
  zh: '贷款账户',
  table: 'import_loan',
  columns: [
    {
      key: 'loan_number',
      zh: '贷款账号',
      aliases: ['借款合同号', '贷款合同号'],
      required: true,
      sqlType: 'text',
      check: number(['贷款账号', 'loan number']),
    },
    idType,
    idNumber,
    {
      key: 'kind',
      zh: '贷款类型',
      required: true,
      sqlType: 'text',
      check: (raw) => checkEnum(raw, LOAN_KINDS, ['贷款类型', 'loan kind']),
    },
    {
      key: 'principal',
      zh: '贷款本金',
      aliases: ['贷款金额'],
      required: true,
      sqlType: 'numeric',
      check: (raw) => checkMoney(raw, 1 * YUAN, 20_000_000 * YUAN),
    },
    {
      key: 'balance',
      zh: '贷款余额',
      required: true,
      sqlType: 'numeric',
      check: (raw) => checkMoney(raw, 0, 20_000_000 * YUAN),
    },
    {
      key: 'term_months',
      zh: '贷款期限（月）',
      aliases: ['贷款期限', '期限（月）'],
      required: true,
      sqlType: 'integer',
      check: (raw) => checkInteger(raw, 1, 360),
    },
    { key: 'issued_on', zh: '发放日期', required: true, sqlType: 'date', check: checkDate },
    {
      key: 'repayment_method',
      zh: '还款方式',
      required: true,
      sqlType: 'text',
      check: (raw) => checkEnum(raw, REPAYMENT_METHODS, ['还款方式', 'repayment method']),
    },
    {
      key: 'status',
      zh: '贷款状态',
      required: true,
      sqlType: 'text',
      check: (raw) => checkEnum(raw, LOAN_STATES, ['贷款状态', 'loan status']),
    },
    {
      key: 'overdue_periods',
      zh: '逾期期数',
      required: false,
      sqlType: 'integer',
      fallback: '0',
      check: (raw) => checkInteger(raw, 0, 360),
    },
    {
      key: 'overdue_amount',
      zh: '逾期金额',
      required: false,
      sqlType: 'numeric',
      fallback: '0.00',
      check: (raw) => checkMoney(raw, 0, 20_000_000 * YUAN),
    },
  ],
  crossCheck(row) {
    const at = (key: string) => row[indexOf(LOAN, key)];
    const principal = at('principal');
    const balance = at('balance');
    const status = at('status');
    const periods = Number(at('overdue_periods') ?? '0');
    const overdueAmount = at('overdue_amount');
    if (principal && balance && fenOf(balance) > fenOf(principal)) {
      return {
        column: 'balance',
        fault: fault(ProblemCode.INCONSISTENT, '贷款余额大于贷款本金', 'balance exceeds principal'),
      };
    }
    if (status === 'OVERDUE' && periods === 0) {
      return {
        column: 'overdue_periods',
        fault: fault(
          ProblemCode.INCONSISTENT,
          '贷款状态为逾期，但逾期期数为 0',
          'the loan is OVERDUE but overdue_periods is 0',
        ),
      };
    }
    if (status !== 'OVERDUE' && (periods > 0 || (overdueAmount && fenOf(overdueAmount) > 0))) {
      return {
        column: 'status',
        fault: fault(
          ProblemCode.INCONSISTENT,
          '有逾期期数或逾期金额，但贷款状态不是逾期',
          'overdue periods or amount are given but the status is not OVERDUE',
        ),
      };
    }
    if (status === 'SETTLED' && balance && fenOf(balance) > 0) {
      return {
        column: 'balance',
        fault: fault(
          ProblemCode.INCONSISTENT,
          '贷款已结清，余额应为 0',
          'a SETTLED loan must have a balance of 0',
        ),
      };
    }
    return null;
  },
};

export const KINDS: KindSpec[] = [EMPLOYEE, DEPOSIT_ACCOUNT, DEPOSIT_MONTH, WITHDRAWAL, LOAN];

export function kindSpec(kind: RecordKind): KindSpec {
  return KINDS.find((spec) => spec.kind === kind)!;
}

/** Headers compare without case, spaces, underscores or dashes, and with ASCII brackets. */
export function normaliseHeader(header: string) {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/** Every name a column may go by: snake_case, camelCase (same after normalising), Chinese. */
export function headerNames(column: ColumnSpec) {
  return [column.key, column.zh, ...(column.aliases ?? [])].map(normaliseHeader);
}

/**
 * Which kind of record a file holds, from its column names: the most specific key column
 * decides (a loan number, a deposit month, a withdrawal reason, an account number, else an
 * ID number with a name).
 */
export function detectKind(headers: string[]): KindSpec | null {
  const names = new Set(headers.map(normaliseHeader));
  const has = (spec: KindSpec, key: string) =>
    headerNames(spec.columns[indexOf(spec, key)]).some((name) => names.has(name));
  if (has(LOAN, 'loan_number')) return LOAN;
  if (has(DEPOSIT_MONTH, 'month')) return DEPOSIT_MONTH;
  if (has(WITHDRAWAL, 'reason')) return WITHDRAWAL;
  if (has(DEPOSIT_ACCOUNT, 'account_number')) return DEPOSIT_ACCOUNT;
  if (has(EMPLOYEE, 'id_number') && has(EMPLOYEE, 'name')) return EMPLOYEE;
  return null;
}

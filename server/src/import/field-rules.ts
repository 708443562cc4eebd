import { residentIdCheckChar } from '../employees/id-number';
import { fault, ProblemCode, type Fault } from './problems';

/** A checked value: its normal form as text, or why it was refused. */
export type Checked = string | Fault;

export function isFault(value: Checked | null): value is Fault {
  return typeof value === 'object' && value !== null;
}

/** The calendar the checks compare against: today in China, fixed once per run. */
export interface Today {
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM */
  month: string;
}

export function todayInChina(now: Date): Today {
  const date = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return { date, month: date.slice(0, 7) };
}

const EARLIEST = '1950-01-01';

function isCalendarDate(year: number, month: number, day: number) {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function checkDate(raw: string, today: Today): Checked {
  const match = DATE.exec(raw);
  if (!match || !isCalendarDate(+match[1], +match[2], +match[3])) {
    return fault(
      ProblemCode.DATE,
      `日期“${raw}”无效，应为 YYYY-MM-DD 格式的真实日期`,
      `"${raw}" is not a real date in the form YYYY-MM-DD`,
    );
  }
  if (raw < EARLIEST || raw > today.date) {
    return fault(
      ProblemCode.OUT_OF_RANGE,
      `日期 ${raw} 超出范围（${EARLIEST} 至今天）`,
      `date ${raw} is outside ${EARLIEST} to today`,
    );
  }
  return raw;
}

const MONTH = /^(\d{4})-(\d{2})$/;

export function checkMonth(raw: string, today: Today): Checked {
  const match = MONTH.exec(raw);
  if (!match || +match[2] < 1 || +match[2] > 12) {
    return fault(
      ProblemCode.MONTH,
      `年月“${raw}”无效，应为 YYYY-MM 格式`,
      `"${raw}" is not a month in the form YYYY-MM`,
    );
  }
  if (raw < EARLIEST.slice(0, 7) || raw > today.month) {
    return fault(
      ProblemCode.OUT_OF_RANGE,
      `年月 ${raw} 超出范围（1950-01 至本月）`,
      `month ${raw} is outside 1950-01 to this month`,
    );
  }
  return raw;
}

const MONEY = /^(\d{1,12})(?:\.(\d{1,2}))?$/;
const LEADING_ZEROS = /^0+(?=\d)/;

/**
 * Money as decimal text with at most two places, compared in whole fen. The fen count stays
 * an exact integer (12 digits of yuan fit in 2^53), and the stored value is the text itself.
 */
export function checkMoney(raw: string, minFen: number, maxFen: number): Checked {
  const match = MONEY.exec(raw);
  if (!match) {
    return fault(
      ProblemCode.MONEY,
      `金额“${raw}”无效，应为最多两位小数的非负数，如 1234.50`,
      `"${raw}" is not an amount with at most two decimal places, such as 1234.50`,
    );
  }
  const cents = (match[2] ?? '').padEnd(2, '0');
  const fen = Number(match[1]) * 100 + Number(cents);
  if (fen < minFen || fen > maxFen) {
    const range = `${formatFen(minFen)} – ${formatFen(maxFen)}`;
    return fault(
      ProblemCode.OUT_OF_RANGE,
      `金额 ${raw} 超出合理范围（${range}）`,
      `amount ${raw} is outside the sane range ${range}`,
    );
  }
  return `${match[1].replace(LEADING_ZEROS, '')}.${cents}`;
}

export function formatFen(fen: number) {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Whole fen of a value already checked by checkMoney. */
export function fenOf(checked: string) {
  const dot = checked.indexOf('.');
  return Number(checked.slice(0, dot)) * 100 + Number(checked.slice(dot + 1));
}

const RATE = /^(0|1)(?:\.(\d{1,4}))?$/;

/** Deposit rates are fractions with up to four places; the law allows 5 % to 12 %. */
export function checkRate(raw: string): Checked {
  const match = RATE.exec(raw);
  const perTenThousand = match
    ? Number(match[1]) * 10000 + Number((match[2] ?? '').padEnd(4, '0'))
    : NaN;
  if (!match || perTenThousand > 1200) {
    return fault(
      ProblemCode.RATE,
      `缴存比例“${raw}”无效，应为 0 至 0.12 之间、最多四位小数的小数，如 0.12 表示 12%`,
      `rate "${raw}" must be a fraction from 0 to 0.12 with at most four places (0.12 is 12 %)`,
    );
  }
  return `${match[1]}.${(match[2] ?? '').padEnd(4, '0')}`;
}

export function checkInteger(raw: string, min: number, max: number): Checked {
  if (!/^\d{1,6}$/.test(raw)) {
    return fault(ProblemCode.INTEGER, `“${raw}”不是整数`, `"${raw}" is not a whole number`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    return fault(
      ProblemCode.OUT_OF_RANGE,
      `${raw} 超出范围（${min} 至 ${max}）`,
      `${raw} is outside ${min} to ${max}`,
    );
  }
  return String(value);
}

/**
 * Resident ID numbers: 17 digits, a real birth date from 1900 to today, the GB 11643 check
 * character. A lower-case x is taken as the upper-case X it stands for (docs/import.md).
 */
export function checkResidentId(raw: string, today: Today): Checked {
  const value = raw.length === 18 && raw[17] === 'x' ? raw.slice(0, 17) + 'X' : raw;
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fault(
      ProblemCode.ID_NUMBER_FORMAT,
      '居民身份证号码应为 18 位：17 位数字加 1 位数字或 X',
      'a resident ID number has 18 characters: 17 digits and a digit or X',
    );
  }
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const year = +value.slice(6, 10);
  if (
    !isCalendarDate(year, +value.slice(10, 12), +value.slice(12, 14)) ||
    year < 1900 ||
    birth > today.date
  ) {
    return fault(
      ProblemCode.ID_BIRTH_DATE,
      '居民身份证号码中的出生日期无效',
      'the birth date inside the resident ID number is not a real past date',
    );
  }
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) {
    return fault(
      ProblemCode.ID_CHECK_DIGIT,
      '居民身份证号码校验位错误，请核对号码',
      'the check character of the resident ID number is wrong (GB 11643); check the number',
    );
  }
  return value;
}

/** Passports and permits: letters and digits, normalised to upper case. */
export function checkOtherId(raw: string): Checked {
  const value = raw.toUpperCase();
  if (!/^[A-Z0-9]{5,32}$/.test(value)) {
    return fault(
      ProblemCode.ID_NUMBER_FORMAT,
      '证件号码应为 5 至 32 位字母或数字',
      'an ID number other than a resident ID has 5 to 32 letters or digits',
    );
  }
  return value;
}

/** Account, loan and employer numbers: digits and upper-case letters. */
export function checkNumber(raw: string, min: number, max: number, what: [string, string]) {
  if (raw.length < min || raw.length > max || !/^[0-9A-Z]+$/.test(raw)) {
    return fault(
      ProblemCode.NUMBER_FORMAT,
      `${what[0]}“${raw}”格式错误，应为 ${min} 至 ${max} 位数字或大写字母`,
      `${what[1]} "${raw}" must be ${min} to ${max} digits or upper-case letters`,
    );
  }
  return raw;
}

export function checkMobile(raw: string): Checked {
  if (!/^1[3-9]\d{9}$/.test(raw)) {
    return fault(
      ProblemCode.MOBILE_FORMAT,
      '手机号码应为 11 位，以 1 开头',
      'a mobile number has 11 digits and starts with 1',
    );
  }
  return raw;
}

/** Names and free text: no control characters, within the column's length. */
export function checkText(raw: string, max: number): Checked {
  if (raw.length > max) {
    return fault(
      ProblemCode.TOO_LONG,
      `内容过长（最多 ${max} 个字符）`,
      `the text is longer than ${max} characters`,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) {
    return fault(
      ProblemCode.MALFORMED_ROW,
      '内容含有控制字符',
      'the text contains control characters',
    );
  }
  return raw;
}

/** An enumeration given by its English value or its Chinese label. */
export function checkEnum(raw: string, values: Record<string, string>, what: [string, string]) {
  const found = values[raw] ?? values[raw.toUpperCase()];
  if (found) return found;
  const allowed = [...new Set(Object.values(values))].join('/');
  return fault(
    ProblemCode.ENUM,
    `${what[0]}“${raw}”无效，可选值：${labelsOf(values)}`,
    `${what[1]} "${raw}" is not one of ${allowed}`,
  );
}

function labelsOf(values: Record<string, string>) {
  return Object.keys(values)
    .filter((key) => /[^\x20-\x7e]/.test(key))
    .join('、');
}

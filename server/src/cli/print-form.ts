import type { FormSnapshot } from '../redemptions/form-snapshot';

/** The information form as the clerk command asks for it: the center by name only. */
export type PrintableForm = Omit<FormSnapshot, 'center'> & { center: { name: string } };

const NAMES: Record<string, string> = {
  NORMAL: '正常',
  SEALED: '封存',
  FROZEN: '冻结',
  CLOSED: '销户',
  OVERDUE: '逾期',
  SETTLED: '结清',
  HPF: '公积金贷款',
  COMBINED: '组合贷款',
  EQUAL_INSTALMENTS: '等额本息',
  EQUAL_PRINCIPAL: '等额本金',
  PURCHASE: '购房',
  RENT: '租房',
  LOAN_REPAYMENT: '偿还贷款',
  RETIREMENT: '退休',
  RENOVATION: '装修',
  SERIOUS_ILLNESS: '重大疾病',
  LEAVING_CITY: '离开缴存城市',
  OTHER: '其他',
  RESIDENT_ID: '居民身份证',
};

const name = (value: string) => NAMES[value] ?? value;
const percent = (rate: string) => `${(Number(rate) * 100).toFixed(2).replace(/\.?0+$/, '')}%`;

export function printForm(form: PrintableForm, time: (iso: string) => string) {
  const out: string[] = ['', '个人信息表', ''];
  const { holder, deposit } = form;
  out.push('【基本信息】');
  out.push(`  姓名 ${holder.name}   ${name(holder.idType)} ${holder.idNumber}`);
  out.push(`  手机 ${holder.mobile ?? '—'}`);

  out.push('【缴存信息】');
  if (!deposit) {
    out.push('  未查询到个人汇缴账号');
  } else {
    out.push(`  个人账号 ${deposit.accountNumber}   状态 ${name(deposit.status)}`);
    out.push(
      `  单位 ${deposit.employerName}（${deposit.employerNumber}）   开户 ${deposit.openedOn}`,
    );
    out.push(
      `  缴存基数 ${deposit.depositBase}   比例 单位 ${percent(deposit.employerRate)} / ` +
        `个人 ${percent(deposit.employeeRate)}   月缴存额 ${deposit.monthlyAmount}`,
    );
    out.push(
      `  余额 ${deposit.balance}   缴至 ${deposit.paidUpTo ?? '—'}   ` +
        `连续缴存 ${deposit.consecutiveMonths} 个月`,
    );
    const recent = deposit.history.slice(0, 6).map((m) => `${m.month} ${m.amount}`);
    out.push(`  近期缴存 ${recent.join('，') || '—'}（共 ${deposit.history.length} 条）`);
  }

  out.push('【提取信息】（近5年）');
  if (form.withdrawals.length === 0) out.push('  无');
  for (const w of form.withdrawals) out.push(`  ${w.date} ${name(w.reason)} ${w.amount}`);

  out.push('【贷款信息】');
  if (form.loans.length === 0) out.push('  无');
  for (const loan of form.loans) {
    out.push(
      `  ${loan.loanNumber} ${name(loan.kind)} 本金 ${loan.principal} 期限 ${loan.termMonths} 月 ` +
        `放款 ${loan.issuedOn} ${name(loan.repaymentMethod)}`,
    );
    const overdue =
      loan.overduePeriods > 0 ? `  逾期 ${loan.overduePeriods} 期 ${loan.overdueAmount}` : '';
    out.push(`    余额 ${loan.balance} 状态 ${name(loan.status)}${overdue}`);
  }

  out.push('【查询信息】');
  out.push(`  编号 ${form.serialNumber}   校验码 ${form.checkCode}`);
  out.push(`  查询机构 ${form.center.name}   经办人工号 ${form.clerkNumber}`);
  out.push(`  查询时间 ${time(form.queriedAt)}   数据截至 ${time(form.asOf)}`);
  console.log(out.join('\n'));
}

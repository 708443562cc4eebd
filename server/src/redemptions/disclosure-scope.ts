import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One field of the information form.' })
export class DisclosureField {
  @Field({ description: 'Field name in the InformationForm type.' })
  key!: string;

  @Field({ description: 'Chinese label.' })
  label!: string;
}

@ObjectType({ description: 'One section of the information form.' })
export class DisclosureSection {
  @Field({ description: 'Section name in the InformationForm type; "query" for the top level.' })
  key!: string;

  @Field({ description: 'Chinese title, e.g. 缴存信息.' })
  title!: string;

  @Field({ description: 'What the section covers, in plain Chinese.' })
  description!: string;

  @Field(() => [DisclosureField], { description: 'Every field the section holds.' })
  fields!: DisclosureField[];
}

const section = (key: string, title: string, description: string, fields: [string, string][]) =>
  Object.assign(new DisclosureSection(), {
    key,
    title,
    description,
    fields: fields.map(([fieldKey, label]) =>
      Object.assign(new DisclosureField(), { key: fieldKey, label }),
    ),
  });

/**
 * 点击了解住房公积金管理机构查询内容: exactly the fields the form holds. A test compares this
 * list with the InformationForm type, so the two cannot drift apart.
 */
export const DISCLOSURE_SCOPE: DisclosureSection[] = [
  section(
    'holder',
    '基本信息',
    '姓名、证件类型、完整证件号码（供与身份证件核对）、手机号码（部分隐藏）',
    [
      ['name', '姓名'],
      ['idType', '证件类型'],
      ['idNumber', '证件号码'],
      ['mobile', '手机号码（部分隐藏）'],
    ],
  ),
  section(
    'deposit',
    '缴存信息',
    '所选管理中心的个人公积金账户及近24个月缴存明细；无汇缴账户时不显示',
    [
      ['accountNumber', '个人账号'],
      ['status', '账户状态'],
      ['employerName', '单位名称'],
      ['employerNumber', '单位账号'],
      ['openedOn', '开户日期'],
      ['depositBase', '缴存基数'],
      ['employerRate', '单位缴存比例'],
      ['employeeRate', '个人缴存比例'],
      ['monthlyAmount', '月缴存额'],
      ['balance', '账户余额'],
      ['paidUpTo', '缴至年月'],
      ['consecutiveMonths', '连续缴存月数'],
      ['history', '近24个月缴存明细（月份、金额、缴存单位）'],
    ],
  ),
  section('withdrawals', '提取信息', '近5年的提取记录', [
    ['date', '提取日期'],
    ['reason', '提取原因'],
    ['amount', '提取金额'],
  ]),
  section('loans', '贷款信息', '所选管理中心的住房公积金贷款', [
    ['loanNumber', '贷款账号'],
    ['kind', '贷款种类'],
    ['principal', '贷款本金'],
    ['termMonths', '贷款期限（月）'],
    ['issuedOn', '放款日期'],
    ['repaymentMethod', '还款方式'],
    ['balance', '贷款余额'],
    ['status', '贷款状态'],
    ['overduePeriods', '当前逾期期数'],
    ['overdueAmount', '逾期金额'],
  ]),
  section('query', '查询信息', '本次查询的记录，供打印与核验', [
    ['serialNumber', '信息表编号'],
    ['checkCode', '校验码'],
    ['center', '查询机构'],
    ['clerkNumber', '经办人工号'],
    ['queriedAt', '查询时间'],
    ['asOf', '数据截至时间'],
  ]),
];

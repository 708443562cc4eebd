import { StaffRole } from '../staff/staff.entity';

/** Real management centers, by their administrative division codes. */
export const DEMO_CENTERS = [
  { code: '440300', name: '深圳市住房公积金管理中心', region: '广东省深圳市' },
  { code: '440100', name: '广州住房公积金管理中心', region: '广东省广州市' },
  { code: '110000', name: '北京住房公积金管理中心', region: '北京市' },
  { code: '310000', name: '上海市公积金管理中心', region: '上海市' },
];

export const DEMO_STAFF = [
  {
    username: 'sz_clerk',
    staffNumber: 'SZ0101',
    name: '周晓彤',
    role: StaffRole.CLERK,
    centerCode: '440300',
  },
  {
    username: 'gz_clerk',
    staffNumber: 'GZ0101',
    name: '黄志远',
    role: StaffRole.CLERK,
    centerCode: '440100',
  },
  {
    username: 'bj_clerk',
    staffNumber: 'BJ0101',
    name: '赵子涵',
    role: StaffRole.CLERK,
    centerCode: '110000',
  },
  {
    username: 'sh_clerk',
    staffNumber: 'SH0101',
    name: '孙文博',
    role: StaffRole.CLERK,
    centerCode: '310000',
  },
  {
    username: 'sz_admin',
    staffNumber: 'SZ0001',
    name: '吴佳怡',
    role: StaffRole.CENTER_ADMIN,
    centerCode: '440300',
  },
  {
    username: 'platform_admin',
    staffNumber: 'PT0001',
    name: '郑国强',
    role: StaffRole.PLATFORM_ADMIN,
    centerCode: null,
  },
];

export interface DemoDeposit {
  centerCode: string;
  accountNumber: string;
  status: 'NORMAL' | 'SEALED' | 'FROZEN';
  employerName: string;
  employerNumber: string;
  openedOn: string;
  depositBase: string;
  rate: string;
  balance: string;
  /** Months before the current one that the last payment was for; 1 is last month. */
  lastPaidMonthsAgo: number;
  monthsPaid: number;
  withdrawals: { date: string; reason: string; amount: string }[];
}

export interface DemoLoan {
  centerCode: string;
  loanNumber: string;
  kind: 'HPF' | 'COMBINED';
  principal: string;
  balance: string;
  termMonths: number;
  issuedOn: string;
  repaymentMethod: 'EQUAL_INSTALMENTS' | 'EQUAL_PRINCIPAL';
  status: 'NORMAL' | 'OVERDUE' | 'SETTLED';
  overduePeriods: number;
  overdueAmount: string;
}

export interface DemoEmployee {
  /** The first 17 digits; the check character is computed. */
  idFirst17: string;
  name: string;
  mobile: string;
  scenario: string;
  deposits: DemoDeposit[];
  loans: DemoLoan[];
}

/** Invented people; any likeness to a real person's numbers is chance. */
export const DEMO_EMPLOYEES: DemoEmployee[] = [
  {
    idFirst17: '44010619880315201',
    name: '李明轩',
    mobile: '13826041187',
    scenario: '一个缴存账户（广州） / one deposit account',
    deposits: [
      {
        centerCode: '440100',
        accountNumber: '1020358813',
        status: 'NORMAL',
        employerName: '广州云帆信息科技有限公司',
        employerNumber: '440100108765',
        openedOn: '2012-07-01',
        depositBase: '12800.00',
        rate: '0.1200',
        balance: '186432.57',
        lastPaidMonthsAgo: 1,
        monthsPaid: 60,
        withdrawals: [{ date: '2023-05-18', reason: 'RENT', amount: '18000.00' }],
      },
    ],
    loans: [],
  },
  {
    idFirst17: '44030419900721352',
    name: '王芳菲',
    mobile: '13510986624',
    scenario: '深圳一个正常账户和一个封存账户 / normal and sealed accounts in Shenzhen',
    deposits: [
      {
        centerCode: '440300',
        accountNumber: '20312876543',
        status: 'NORMAL',
        employerName: '深圳市鹏城智造电子有限公司',
        employerNumber: '440300237714',
        openedOn: '2019-03-01',
        depositBase: '15600.00',
        rate: '0.1000',
        balance: '98215.40',
        lastPaidMonthsAgo: 1,
        monthsPaid: 69,
        withdrawals: [{ date: '2024-09-02', reason: 'RENT', amount: '15000.00' }],
      },
      {
        centerCode: '440300',
        accountNumber: '20109934120',
        status: 'SEALED',
        employerName: '深圳市南山湾物流有限公司',
        employerNumber: '440300110462',
        openedOn: '2014-08-01',
        depositBase: '8200.00',
        rate: '0.0500',
        balance: '42760.12',
        lastPaidMonthsAgo: 70,
        monthsPaid: 54,
        withdrawals: [],
      },
    ],
    loans: [],
  },
  {
    idFirst17: '44030519851102473',
    name: '张伟东',
    mobile: '13902347758',
    scenario: '一个缴存账户和两笔贷款（深圳） / deposit account and two loans',
    deposits: [
      {
        centerCode: '440300',
        accountNumber: '20208817265',
        status: 'NORMAL',
        employerName: '深圳前海融信金融服务有限公司',
        employerNumber: '440300312058',
        openedOn: '2010-01-01',
        depositBase: '28000.00',
        rate: '0.1200',
        balance: '52310.88',
        lastPaidMonthsAgo: 1,
        monthsPaid: 130,
        withdrawals: [
          { date: '2022-03-15', reason: 'PURCHASE', amount: '210000.00' },
          { date: '2023-03-15', reason: 'LOAN_REPAYMENT', amount: '48000.00' },
          { date: '2024-03-15', reason: 'LOAN_REPAYMENT', amount: '52000.00' },
          { date: '2025-03-14', reason: 'LOAN_REPAYMENT', amount: '55000.00' },
        ],
      },
    ],
    loans: [
      {
        centerCode: '440300',
        loanNumber: 'SZ2022031500187',
        kind: 'HPF',
        principal: '900000.00',
        balance: '781245.36',
        termMonths: 360,
        issuedOn: '2022-03-28',
        repaymentMethod: 'EQUAL_INSTALMENTS',
        status: 'NORMAL',
        overduePeriods: 0,
        overdueAmount: '0.00',
      },
      {
        centerCode: '440300',
        loanNumber: 'SZ2016081100542',
        kind: 'COMBINED',
        principal: '600000.00',
        balance: '212870.05',
        termMonths: 240,
        issuedOn: '2016-08-19',
        repaymentMethod: 'EQUAL_PRINCIPAL',
        status: 'OVERDUE',
        overduePeriods: 2,
        overdueAmount: '6842.16',
      },
    ],
  },
  {
    idFirst17: '11010819790208154',
    name: '刘洋',
    mobile: '13611203398',
    scenario: '只有贷款，无汇缴账户（北京） / loans only',
    deposits: [],
    loans: [
      {
        centerCode: '110000',
        loanNumber: 'BJ2018060300911',
        kind: 'HPF',
        principal: '1200000.00',
        balance: '803311.90',
        termMonths: 300,
        issuedOn: '2018-06-20',
        repaymentMethod: 'EQUAL_INSTALMENTS',
        status: 'NORMAL',
        overduePeriods: 0,
        overdueAmount: '0.00',
      },
    ],
  },
  {
    idFirst17: '31011019920530268',
    name: '陈静怡',
    mobile: '13764418825',
    scenario: '两地账户：上海缴存，深圳异地贷款 / accounts in two cities',
    deposits: [
      {
        centerCode: '310000',
        accountNumber: '0287345510',
        status: 'NORMAL',
        employerName: '上海浦江数智科技有限公司',
        employerNumber: '310000466127',
        openedOn: '2016-09-01',
        depositBase: '21000.00',
        rate: '0.0700',
        balance: '121904.33',
        lastPaidMonthsAgo: 1,
        monthsPaid: 99,
        withdrawals: [{ date: '2021-11-08', reason: 'PURCHASE', amount: '80000.00' }],
      },
    ],
    loans: [
      {
        centerCode: '440300',
        loanNumber: 'SZ2021110200376',
        kind: 'HPF',
        principal: '700000.00',
        balance: '598764.21',
        termMonths: 300,
        issuedOn: '2021-11-26',
        repaymentMethod: 'EQUAL_INSTALMENTS',
        status: 'NORMAL',
        overduePeriods: 0,
        overdueAmount: '0.00',
      },
    ],
  },
];

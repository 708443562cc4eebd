/**
 * Enumerations accept the API's English values and the Chinese labels center exports use.
 * Keys are what a file may say; values are what is stored.
 */

function withEnglish(labels: Record<string, string>) {
  const all: Record<string, string> = { ...labels };
  for (const value of Object.values(labels)) all[value] = value;
  return all;
}

export const ID_TYPES = withEnglish({
  居民身份证: 'RESIDENT_ID',
  身份证: 'RESIDENT_ID',
  护照: 'PASSPORT',
  港澳居民来往内地通行证: 'HK_MACAO_PERMIT',
  台湾居民来往大陆通行证: 'TAIWAN_PERMIT',
  外国人永久居留身份证: 'FOREIGN_PERMANENT_RESIDENT',
});

export const ACCOUNT_STATES = withEnglish({
  正常: 'NORMAL',
  封存: 'SEALED',
  冻结: 'FROZEN',
  销户: 'CLOSED',
});

export const LOAN_STATES = withEnglish({
  正常: 'NORMAL',
  逾期: 'OVERDUE',
  结清: 'SETTLED',
});

export const LOAN_KINDS = withEnglish({
  公积金贷款: 'HPF',
  组合贷款: 'COMBINED',
});

export const REPAYMENT_METHODS = withEnglish({
  等额本息: 'EQUAL_INSTALMENTS',
  等额本金: 'EQUAL_PRINCIPAL',
});

export const WITHDRAWAL_REASONS = withEnglish({
  购房: 'PURCHASE',
  租房: 'RENT',
  偿还贷款: 'LOAN_REPAYMENT',
  退休: 'RETIREMENT',
  装修: 'RENOVATION',
  重大疾病: 'SERIOUS_ILLNESS',
  离开本市: 'LEAVING_CITY',
  其他: 'OTHER',
});

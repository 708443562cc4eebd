import type { Random } from './random';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈',
  ...'姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏建华飞鑫波宇浩然子涵欣怡梓轩雨晨思远佳怡志强晓东海燕国庆文博俊杰雅婷嘉豪婉清',
];

export function personName(random: Random) {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

export function mobile(random: Random) {
  const prefix = random.pick(['130', '135', '136', '138', '139', '150', '158', '186', '189']);
  return prefix + String(random.int(0, 99_999_999)).padStart(8, '0');
}

const DISTRICTS: Record<string, string[]> = {
  深圳市: ['南山区', '福田区', '罗湖区', '宝安区', '龙岗区', '龙华区'],
  广州市: ['天河区', '越秀区', '海珠区', '番禺区', '白云区', '黄埔区'],
  北京市: ['海淀区', '朝阳区', '东城区', '西城区', '丰台区', '昌平区'],
  上海市: ['浦东新区', '徐汇区', '静安区', '长宁区', '闵行区', '杨浦区'],
};
const TRADE_NAMES = [
  ...['智联', '华创', '鼎盛', '恒信', '天成', '瑞丰', '博远', '金桥', '启明', '新益'],
  ...['众诚', '汇通', '宏图', '安泰', '嘉禾', '中科', '联合', '正源', '长青', '远航'],
];
const TRADES = [
  '科技有限公司',
  '信息技术有限公司',
  '建设工程有限公司',
  '贸易有限公司',
  '医药有限公司',
  '物流有限公司',
  '电子有限公司',
  '餐饮管理有限公司',
  '教育咨询有限公司',
  '制造有限公司',
];
const PUBLIC_EMPLOYERS = ['人民医院', '第一中学', '实验小学', '税务局', '供电局', '自来水公司'];

export interface Employer {
  name: string;
  number: string;
}

/** A fixed pool of plausible employers per city; people are spread over it. */
export function employersFor(random: Random, city: string, centerCode: string, count: number) {
  const districts = DISTRICTS[city] ?? ['市辖区'];
  const employers: Employer[] = [];
  const names = new Set<string>();
  for (let i = 0; employers.length < count && i < count * 10; i += 1) {
    const district = random.pick(districts);
    const name = random.chance(0.12)
      ? `${city}${district}${random.pick(PUBLIC_EMPLOYERS)}`
      : `${city}${district}${random.pick(TRADE_NAMES)}${random.pick(TRADES)}`;
    if (names.has(name)) continue;
    names.add(name);
    employers.push({ name, number: `${centerCode}${String(100000 + i).slice(-6)}` });
  }
  return employers;
}

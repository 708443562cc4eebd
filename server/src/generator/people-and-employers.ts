import type { Random } from './random';

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

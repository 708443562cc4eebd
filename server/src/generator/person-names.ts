import type { Random } from './random';

export type Sex = 'MALE' | 'FEMALE';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈',
  ...'姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];

/**
 * Common given names, split by sex because the resident ID number's 17th digit carries the
 * holder's sex: a clerk comparing name and ID card would notice "王秀英" with a male digit.
 * No name reads as both sexes, so a test can tell the sex back from the name.
 */
export const GIVEN_NAMES: Record<Sex, { single: string[]; double: string[] }> = {
  MALE: {
    single: [...'伟强磊军洋勇杰涛明超刚辉鹏飞鑫波斌宇浩凯健俊帆旭龙阳峰建亮成东'],
    double: [
      ...['浩然', '子轩', '梓轩', '宇航', '俊杰', '志强', '晓东', '国庆', '文博', '嘉豪'],
      ...['建国', '家豪', '浩宇', '一鸣', '思远', '天佑', '明轩', '子豪', '博文', '昊天'],
      ...['振华', '海涛', '伟东', '志明', '永强', '立新', '国栋', '建军', '宏伟', '鹏飞'],
    ],
  },
  FEMALE: {
    single: [...'芳娜敏静丽艳娟霞萍红玲燕婷雪慧颖琳洁倩莉丹梅兰英'],
    double: [
      ...['秀英', '桂英', '玉兰', '秀兰', '海燕', '雅婷', '婉清', '欣怡', '佳怡', '子涵'],
      ...['雨晨', '梓涵', '诗涵', '思琪', '晓燕', '丽娟', '美玲', '雨萱', '可馨', '静怡'],
      ...['欣妍', '梦瑶', '婷婷', '丽华', '淑芬', '金凤', '春梅', '晓丽', '秀珍', '凤英'],
    ],
  },
};

/** A surname and a given name: a common two-character one, two single ones, or one. */
export function personName(random: Random, sex: Sex) {
  const names = GIVEN_NAMES[sex];
  const roll = random.float();
  const given =
    roll < 0.55
      ? random.pick(names.double)
      : roll < 0.75
        ? random.pick(names.single) + random.pick(names.single)
        : random.pick(names.single);
  return random.pick(SURNAMES) + given;
}

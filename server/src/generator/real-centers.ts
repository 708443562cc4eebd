/**
 * Real housing provident fund management centers, by administrative division code, with the
 * districts whose codes start the resident ID numbers of people born there and the letters
 * their loan numbers start with. The first four are the demo's centers.
 */
export interface RealCenter {
  code: string;
  name: string;
  region: string;
  city: string;
  loanPrefix: string;
  districts: string[];
}

export const REAL_CENTERS: RealCenter[] = [
  {
    code: '440300',
    name: '深圳市住房公积金管理中心',
    region: '广东省深圳市',
    city: '深圳市',
    loanPrefix: 'SZ',
    districts: ['440303', '440304', '440305', '440306', '440307', '440308'],
  },
  {
    code: '440100',
    name: '广州住房公积金管理中心',
    region: '广东省广州市',
    city: '广州市',
    loanPrefix: 'GZ',
    districts: ['440103', '440104', '440105', '440106', '440111', '440112'],
  },
  {
    code: '110000',
    name: '北京住房公积金管理中心',
    region: '北京市',
    city: '北京市',
    loanPrefix: 'BJ',
    districts: ['110101', '110102', '110105', '110106', '110108', '110114'],
  },
  {
    code: '310000',
    name: '上海市公积金管理中心',
    region: '上海市',
    city: '上海市',
    loanPrefix: 'SH',
    districts: ['310101', '310104', '310105', '310106', '310110', '310115'],
  },
  {
    code: '330100',
    name: '杭州住房公积金管理中心',
    region: '浙江省杭州市',
    city: '杭州市',
    loanPrefix: 'HZ',
    districts: ['330102', '330105', '330106', '330108', '330109', '330110'],
  },
  {
    code: '510100',
    name: '成都住房公积金管理中心',
    region: '四川省成都市',
    city: '成都市',
    loanPrefix: 'CD',
    districts: ['510104', '510105', '510106', '510107', '510108', '510112'],
  },
  {
    code: '420100',
    name: '武汉住房公积金管理中心',
    region: '湖北省武汉市',
    city: '武汉市',
    loanPrefix: 'WH',
    districts: ['420102', '420103', '420104', '420105', '420106', '420111'],
  },
  {
    code: '320100',
    name: '南京住房公积金管理中心',
    region: '江苏省南京市',
    city: '南京市',
    loanPrefix: 'NJ',
    districts: ['320102', '320104', '320105', '320106', '320111', '320113'],
  },
];

export const DEMO_CENTER_CODES = ['440300', '440100', '110000', '310000'];

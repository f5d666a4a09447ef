import type { AccountTier, LifecycleStage, PurchaseMode, Role, TeamRole } from '@trident/domain';

/** Demo logins, all with DEMO_PASSWORD. Listed in the README; never created in production. */
export const DEMO_PASSWORD = 'trident-demo';

export interface DemoUser {
  key: string;
  name: string;
  email: string;
  roles: Role[];
  manager?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { key: 'admin', name: '赵敏 Zhao Min', email: 'admin@trident.demo', roles: ['ADMIN'] },
  { key: 'manager', name: '陈刚 Chen Gang', email: 'manager@trident.demo', roles: ['MANAGER'] },
  {
    key: 'sales',
    name: '王伟 Wang Wei',
    email: 'sales@trident.demo',
    roles: ['SALES'],
    manager: 'manager',
  },
  {
    key: 'sales2',
    name: '李娜 Li Na',
    email: 'sales2@trident.demo',
    roles: ['SALES'],
    manager: 'manager',
  },
  {
    key: 'tech',
    name: '张磊 Zhang Lei',
    email: 'tech@trident.demo',
    roles: ['TECHNICAL'],
    manager: 'manager',
  },
  {
    key: 'delivery',
    name: '刘洋 Liu Yang',
    email: 'delivery@trident.demo',
    roles: ['DELIVERY'],
    manager: 'manager',
  },
  { key: 'finance', name: '周婷 Zhou Ting', email: 'finance@trident.demo', roles: ['FINANCE'] },
  { key: 'bi', name: 'BI 报表 BI Reporting', email: 'bi@trident.demo', roles: ['BI'] },
  // Colleagues who fill the teams but have no published login.
  {
    key: 'tech2',
    name: '孙悦 Sun Yue',
    email: 'tech2@trident.demo',
    roles: ['TECHNICAL'],
    manager: 'manager',
  },
  {
    key: 'delivery2',
    name: '黄涛 Huang Tao',
    email: 'delivery2@trident.demo',
    roles: ['DELIVERY'],
    manager: 'manager',
  },
  { key: 'sales3', name: '吴静 Wu Jing', email: 'sales3@trident.demo', roles: ['SALES'] },
  // Two more account managers in the manager's team: the funnel diagnosis has a team to compare.
  {
    key: 'sales4',
    name: '马超 Ma Chao',
    email: 'sales4@trident.demo',
    roles: ['SALES'],
    manager: 'manager',
  },
  {
    key: 'sales5',
    name: '林芳 Lin Fang',
    email: 'sales5@trident.demo',
    roles: ['SALES'],
    manager: 'manager',
  },
];

export interface DemoAccount {
  key: string;
  name: string;
  tier: AccountTier;
  parent?: string;
  industry: string;
  region: string;
  purchaseMode: PurchaseMode;
  lifecycleStage: LifecycleStage;
  /** Yearly purchase potential in CNY. */
  potential: number;
  relationshipLevel: number;
  drivers: { factor: string; quantity: number; unit?: string }[];
  team: Partial<Record<TeamRole, string>> & { AR: string };
}

const telecom = (
  key: string,
  city: string,
  cityEn: string,
  subscribers: number,
  potential: number,
  relationshipLevel: number,
  team: DemoAccount['team'],
): DemoAccount => ({
  key,
  name: `中国移动通信集团广东有限公司${city}分公司`,
  tier: 'CITY',
  parent: 'cmcc-gd',
  industry: 'Telecom 电信',
  region: `Guangdong 广东 · ${cityEn}`,
  purchaseMode: 'CONTINUOUS',
  lifecycleStage: relationshipLevel >= 4 ? 'MATURE' : 'GROWING',
  potential,
  relationshipLevel,
  drivers: [{ factor: 'subscribers 用户数', quantity: subscribers }],
  team,
});

const grid = (
  key: string,
  city: string,
  cityEn: string,
  substations: number,
  potential: number,
  relationshipLevel: number,
  team: DemoAccount['team'],
): DemoAccount => ({
  key,
  name: `国网江苏省电力有限公司${city}供电分公司`,
  tier: 'CITY',
  parent: 'sgcc-js',
  industry: 'Energy 能源',
  region: `Jiangsu 江苏 · ${cityEn}`,
  purchaseMode: 'OCCASIONAL',
  lifecycleStage: relationshipLevel >= 3 ? 'GROWING' : 'EXPLORING',
  potential,
  relationshipLevel,
  drivers: [{ factor: 'substations 变电站', quantity: substations }],
  team,
});

const hospital = (
  key: string,
  name: string,
  regionEn: string,
  beds: number,
  potential: number,
  relationshipLevel: number,
  team: DemoAccount['team'],
): DemoAccount => ({
  key,
  name,
  tier: 'CITY',
  parent: 'crmed',
  industry: 'Healthcare 医疗',
  region: regionEn,
  purchaseMode: 'OCCASIONAL',
  lifecycleStage: relationshipLevel >= 3 ? 'GROWING' : 'EXPLORING',
  potential,
  relationshipLevel,
  drivers: [{ factor: 'beds 床位', quantity: beds }],
  team,
});

const S = 'sales';
const S2 = 'sales2';
const S3 = 'sales3';
const S4 = 'sales4';
const S5 = 'sales5';

/**
 * Three customer groups in the seeds' world: a provincial telecom operator and its city
 * branches, a power grid company and its city supply companies, a hospital group; plus
 * standalone manufacturers and a bank. sales@ covers telecom and manufacturing, sales2@
 * energy and healthcare, sales3@ (another manager's line) the finance customers.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'cmcc',
    name: '中国移动通信集团有限公司',
    tier: 'GROUP',
    industry: 'Telecom 电信',
    region: 'Beijing 北京',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'MATURE',
    potential: 480_000_000,
    relationshipLevel: 2,
    drivers: [{ factor: 'subscribers 用户数', quantity: 990_000_000 }],
    team: { AR: S, SPONSOR: 'manager' },
  },
  {
    key: 'cmcc-gd',
    name: '中国移动通信集团广东有限公司',
    tier: 'PROVINCE',
    parent: 'cmcc',
    industry: 'Telecom 电信',
    region: 'Guangdong 广东',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'MATURE',
    potential: 120_000_000,
    relationshipLevel: 4,
    drivers: [
      { factor: 'subscribers 用户数', quantity: 150_000_000 },
      { factor: 'base stations 基站', quantity: 220_000 },
    ],
    team: { AR: S, SR: 'tech', FR: 'delivery', FINANCE: 'finance', SPONSOR: 'manager' },
  },
  telecom('cmcc-gz', '广州', 'Guangzhou', 24_000_000, 32_000_000, 5, {
    AR: S,
    SR: 'tech',
    FR: 'delivery',
  }),
  telecom('cmcc-sz', '深圳', 'Shenzhen', 26_000_000, 35_000_000, 4, {
    AR: S,
    SR: 'tech',
    FR: 'delivery',
  }),
  telecom('cmcc-fs', '佛山', 'Foshan', 9_800_000, 9_000_000, 3, {
    AR: S,
    SR: 'tech2',
    FR: 'delivery',
  }),
  telecom('cmcc-dg', '东莞', 'Dongguan', 11_000_000, 10_500_000, 2, { AR: S, SR: 'tech2' }),
  telecom('cmcc-zh', '珠海', 'Zhuhai', 2_600_000, 3_200_000, 4, { AR: S, FR: 'delivery2' }),
  telecom('cmcc-st', '汕头', 'Shantou', 5_400_000, 4_100_000, 1, { AR: S }),
  telecom('cmcc-zj', '湛江', 'Zhanjiang', 6_100_000, 3_900_000, 2, { AR: S, SR: 'tech2' }),
  telecom('cmcc-hz', '惠州', 'Huizhou', 5_000_000, 5_600_000, 3, {
    AR: S,
    SR: 'tech',
    FR: 'delivery2',
  }),
  telecom('cmcc-jm', '江门', 'Jiangmen', 4_300_000, 2_800_000, 2, { AR: S }),
  telecom('cmcc-zs', '中山', 'Zhongshan', 4_600_000, 3_500_000, 3, { AR: S, FR: 'delivery' }),
  telecom('cmcc-mm', '茂名', 'Maoming', 5_800_000, 2_600_000, 1, { AR: S }),
  telecom('cmcc-zq', '肇庆', 'Zhaoqing', 3_900_000, 2_200_000, 2, { AR: S }),
  {
    key: 'sgcc',
    name: '国家电网有限公司',
    tier: 'GROUP',
    industry: 'Energy 能源',
    region: 'Beijing 北京',
    purchaseMode: 'OCCASIONAL',
    lifecycleStage: 'GROWING',
    potential: 650_000_000,
    relationshipLevel: 1,
    drivers: [{ factor: 'provincial companies 省公司', quantity: 27 }],
    team: { AR: S2, SPONSOR: 'manager' },
  },
  {
    key: 'sgcc-js',
    name: '国网江苏省电力有限公司',
    tier: 'PROVINCE',
    parent: 'sgcc',
    industry: 'Energy 能源',
    region: 'Jiangsu 江苏',
    purchaseMode: 'OCCASIONAL',
    lifecycleStage: 'GROWING',
    potential: 95_000_000,
    relationshipLevel: 3,
    drivers: [{ factor: 'substations 变电站', quantity: 3_100 }],
    team: { AR: S2, SR: 'tech', FR: 'delivery2', FINANCE: 'finance', SPONSOR: 'manager' },
  },
  grid('sgcc-nj', '南京', 'Nanjing', 420, 16_000_000, 4, { AR: S2, SR: 'tech', FR: 'delivery2' }),
  grid('sgcc-sz', '苏州', 'Suzhou', 610, 21_000_000, 3, { AR: S2, SR: 'tech', FR: 'delivery' }),
  grid('sgcc-wx', '无锡', 'Wuxi', 330, 9_500_000, 2, { AR: S2, SR: 'tech2' }),
  grid('sgcc-cz', '常州', 'Changzhou', 260, 6_800_000, 3, { AR: S2, FR: 'delivery2' }),
  grid('sgcc-nt', '南通', 'Nantong', 290, 5_900_000, 2, { AR: S2 }),
  grid('sgcc-xz', '徐州', 'Xuzhou', 310, 5_200_000, 1, { AR: S2 }),
  grid('sgcc-yz', '扬州', 'Yangzhou', 190, 3_600_000, 3, { AR: S2, SR: 'tech2' }),
  grid('sgcc-tz', '泰州', 'Taizhou', 170, 2_900_000, 2, { AR: S2 }),
  grid('sgcc-yc', '盐城', 'Yancheng', 240, 3_300_000, 1, { AR: S2 }),
  grid('sgcc-lyg', '连云港', 'Lianyungang', 150, 2_100_000, 2, { AR: S2 }),
  {
    key: 'crmed',
    name: '华润医疗控股有限公司',
    tier: 'GROUP',
    industry: 'Healthcare 医疗',
    region: 'Beijing 北京',
    purchaseMode: 'OCCASIONAL',
    lifecycleStage: 'EXPLORING',
    potential: 26_000_000,
    relationshipLevel: 2,
    drivers: [{ factor: 'hospitals 医院', quantity: 110 }],
    team: { AR: S2, SR: 'tech2', SPONSOR: 'manager' },
  },
  hospital('crmed-gd', '广东三九脑科医院', 'Guangdong 广东 · Guangzhou', 1_200, 4_800_000, 3, {
    AR: S4,
    SR: 'tech2',
  }),
  hospital(
    'crmed-wg',
    '武汉钢铁（集团）公司第二职工医院',
    'Hubei 湖北 · Wuhan',
    900,
    2_300_000,
    2,
    { AR: S4 },
  ),
  hospital('crmed-hs', '淮北矿工总医院', 'Anhui 安徽 · Huaibei', 2_100, 5_600_000, 4, {
    AR: S4,
    SR: 'tech2',
    FR: 'delivery',
  }),
  hospital('crmed-kl', '昆明市儿童医院', 'Yunnan 云南 · Kunming', 800, 1_900_000, 1, { AR: S4 }),
  hospital('crmed-sz', '深圳华润医院', 'Guangdong 广东 · Shenzhen', 600, 1_500_000, 3, {
    AR: S4,
    FR: 'delivery2',
  }),
  {
    key: 'byd',
    name: '比亚迪股份有限公司',
    tier: 'GROUP',
    industry: 'Manufacturing 制造',
    region: 'Guangdong 广东 · Shenzhen',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'GROWING',
    potential: 42_000_000,
    relationshipLevel: 3,
    drivers: [{ factor: 'plants 工厂', quantity: 30 }],
    team: { AR: S5, SR: 'tech', FR: 'delivery' },
  },
  {
    key: 'midea',
    name: '美的集团股份有限公司',
    tier: 'GROUP',
    industry: 'Manufacturing 制造',
    region: 'Guangdong 广东 · Foshan',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'MATURE',
    potential: 28_000_000,
    relationshipLevel: 4,
    drivers: [{ factor: 'plants 工厂', quantity: 35 }],
    team: { AR: S5, SR: 'tech', FR: 'delivery2', FINANCE: 'finance' },
  },
  {
    key: 'gree',
    name: '珠海格力电器股份有限公司',
    tier: 'GROUP',
    industry: 'Manufacturing 制造',
    region: 'Guangdong 广东 · Zhuhai',
    purchaseMode: 'OCCASIONAL',
    lifecycleStage: 'EXPLORING',
    potential: 12_000_000,
    relationshipLevel: 1,
    drivers: [{ factor: 'plants 工厂', quantity: 16 }],
    team: { AR: S5 },
  },
  {
    key: 'sany',
    name: '三一重工股份有限公司',
    tier: 'GROUP',
    industry: 'Manufacturing 制造',
    region: 'Hunan 湖南 · Changsha',
    purchaseMode: 'OCCASIONAL',
    lifecycleStage: 'DECLINING',
    potential: 3_800_000,
    relationshipLevel: 2,
    drivers: [{ factor: 'plants 工厂', quantity: 12 }],
    team: { AR: S5, SR: 'tech2' },
  },
  {
    key: 'cmb',
    name: '招商银行股份有限公司',
    tier: 'GROUP',
    industry: 'Finance 金融',
    region: 'Guangdong 广东 · Shenzhen',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'MATURE',
    potential: 55_000_000,
    relationshipLevel: 4,
    drivers: [{ factor: 'branches 网点', quantity: 1_800 }],
    team: { AR: S3, SR: 'tech2', FINANCE: 'finance' },
  },
  {
    key: 'cmb-gz',
    name: '招商银行股份有限公司广州分行',
    tier: 'PROVINCE',
    parent: 'cmb',
    industry: 'Finance 金融',
    region: 'Guangdong 广东 · Guangzhou',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'GROWING',
    potential: 7_500_000,
    relationshipLevel: 3,
    drivers: [{ factor: 'branches 网点', quantity: 110 }],
    team: { AR: S3 },
  },
  {
    key: 'pingan',
    name: '中国平安保险（集团）股份有限公司',
    tier: 'GROUP',
    industry: 'Finance 金融',
    region: 'Guangdong 广东 · Shenzhen',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'EXPLORING',
    potential: 60_000_000,
    relationshipLevel: 1,
    drivers: [{ factor: 'agents 代理人', quantity: 450_000 }],
    team: { AR: S3 },
  },
  {
    key: 'sinopec-gd',
    name: '中国石化销售股份有限公司广东石油分公司',
    tier: 'PROVINCE',
    industry: 'Energy 能源',
    region: 'Guangdong 广东',
    purchaseMode: 'CONTINUOUS',
    lifecycleStage: 'GROWING',
    potential: 18_000_000,
    relationshipLevel: 2,
    drivers: [{ factor: 'filling stations 加油站', quantity: 2_600 }],
    team: { AR: S2, SR: 'tech', FR: 'delivery' },
  },
  {
    key: 'gzmetro',
    name: '广州地铁集团有限公司',
    tier: 'CITY',
    industry: 'Transport 交通',
    region: 'Guangdong 广东 · Guangzhou',
    purchaseMode: 'OCCASIONAL',
    lifecycleStage: 'EXPLORING',
    potential: 14_000_000,
    relationshipLevel: 2,
    drivers: [{ factor: 'metro lines 地铁线路', quantity: 16 }],
    team: { AR: S5, SR: 'tech' },
  },
  {
    key: 'csg-gz',
    name: '广州供电局有限公司',
    tier: 'CITY',
    industry: 'Energy 能源',
    region: 'Guangdong 广东 · Guangzhou',
    purchaseMode: 'OCCASIONAL',
    lifecycleStage: 'EXPLORING',
    potential: 8_400_000,
    relationshipLevel: 2,
    drivers: [{ factor: 'substations 变电站', quantity: 280 }],
    team: { AR: S2 },
  },
];

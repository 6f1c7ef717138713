import type { OutletKind } from '@stardesk/domain';

/** The fixed parts of the demo organisation: a home-appliance brand with a national service network. */
export const DEMO_ORGANISATION = {
  code: 'DEMO',
  name: '华星家电售后服务有限公司',
  creditCode: '91310115MA1K4CQ78P',
  timeZone: 'Asia/Shanghai',
};

export const DEMO_REGIONS = [
  { code: 'EAST', name: '华东大区' },
  { code: 'SOUTH', name: '华南大区' },
  { code: 'NORTH', name: '华北大区' },
  { code: 'CENTRAL-WEST', name: '华中西南大区' },
] as const;

export interface DemoOutlet {
  code: string;
  name: string;
  kind: OutletKind;
  city: string;
  district: string;
  region: (typeof DEMO_REGIONS)[number]['code'];
  /** Relative share of the request volume: outlets differ a lot in size. */
  weight: number;
  technicians: number;
}

export const DEMO_OUTLETS: DemoOutlet[] = [
  { code: 'SH-PD', name: '上海浦东服务中心', kind: 'OWN', city: '上海', district: '浦东新区', region: 'EAST', weight: 24, technicians: 6 },
  { code: 'HZ-XH', name: '杭州西湖服务站', kind: 'PARTNER', city: '杭州', district: '西湖区', region: 'EAST', weight: 12, technicians: 4 },
  { code: 'NJ-GL', name: '南京鼓楼服务站', kind: 'AGENT', city: '南京', district: '鼓楼区', region: 'EAST', weight: 7, technicians: 2 },
  { code: 'GZ-TH', name: '广州天河服务中心', kind: 'OWN', city: '广州', district: '天河区', region: 'SOUTH', weight: 18, technicians: 5 },
  { code: 'SZ-NS', name: '深圳南山服务站', kind: 'PARTNER', city: '深圳', district: '南山区', region: 'SOUTH', weight: 11, technicians: 3 },
  { code: 'BJ-CY', name: '北京朝阳服务中心', kind: 'OWN', city: '北京', district: '朝阳区', region: 'NORTH', weight: 16, technicians: 5 },
  { code: 'CD-WH', name: '成都武侯服务站', kind: 'PARTNER', city: '成都', district: '武侯区', region: 'CENTRAL-WEST', weight: 8, technicians: 3 },
  { code: 'WH-JH', name: '武汉江汉服务站', kind: 'AGENT', city: '武汉', district: '江汉区', region: 'CENTRAL-WEST', weight: 4, technicians: 2 },
];

export interface DemoProduct {
  model: string;
  name: string;
  category: string;
  warrantyMonths: number;
  hazardous: boolean;
  /** Month-of-year demand multipliers start in January; air conditioners peak in summer. */
  seasonal: 'summer' | 'winter' | 'flat';
  weight: number;
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  { model: 'KFR-35GW/BP3', name: '变频挂壁式空调 1.5匹', category: '空调', warrantyMonths: 72, hazardous: true, seasonal: 'summer', weight: 16 },
  { model: 'KFR-72LW/BP2', name: '变频立柜式空调 3匹', category: '空调', warrantyMonths: 72, hazardous: true, seasonal: 'summer', weight: 9 },
  { model: 'BCD-452WK', name: '十字对开门冰箱 452升', category: '冰箱', warrantyMonths: 36, hazardous: true, seasonal: 'flat', weight: 10 },
  { model: 'BCD-216T', name: '三门冰箱 216升', category: '冰箱', warrantyMonths: 36, hazardous: true, seasonal: 'flat', weight: 6 },
  { model: 'XQG100-B14', name: '滚筒洗衣机 10公斤', category: '洗衣机', warrantyMonths: 36, hazardous: false, seasonal: 'flat', weight: 11 },
  { model: 'XQB80-M1', name: '波轮洗衣机 8公斤', category: '洗衣机', warrantyMonths: 36, hazardous: false, seasonal: 'flat', weight: 5 },
  { model: 'JSQ30-16ZH', name: '燃气热水器 16升', category: '热水器', warrantyMonths: 36, hazardous: true, seasonal: 'winter', weight: 8 },
  { model: 'EC6002-Q6', name: '电热水器 60升', category: '热水器', warrantyMonths: 48, hazardous: false, seasonal: 'winter', weight: 6 },
  { model: 'CXW-258-E900', name: '侧吸式油烟机', category: '厨电', warrantyMonths: 60, hazardous: false, seasonal: 'flat', weight: 6 },
  { model: 'JZT-Q330B', name: '嵌入式燃气灶', category: '厨电', warrantyMonths: 36, hazardous: true, seasonal: 'flat', weight: 4 },
  { model: '65E8K', name: '65英寸智能电视', category: '电视', warrantyMonths: 36, hazardous: false, seasonal: 'flat', weight: 6 },
  { model: 'WQP12-J7', name: '嵌入式洗碗机 12套', category: '厨电', warrantyMonths: 24, hazardous: false, seasonal: 'flat', weight: 3 },
];

export const SEASONAL_FACTORS: Record<DemoProduct['seasonal'], readonly number[]> = {
  summer: [0.5, 0.5, 0.6, 0.8, 1.2, 1.9, 2.4, 2.3, 1.4, 0.8, 0.6, 0.5],
  winter: [1.7, 1.5, 1.1, 0.8, 0.6, 0.5, 0.5, 0.5, 0.7, 1.0, 1.4, 1.8],
  flat: [0.9, 0.8, 1.0, 1.0, 1.0, 1.0, 1.1, 1.1, 1.0, 1.1, 1.0, 1.0],
};

export const FAULTS_BY_CATEGORY: Record<string, readonly string[]> = {
  空调: ['不制冷，外机不启动', '制热效果差', '室内机漏水', '显示E1故障代码', '运行噪音大', '遥控器无反应'],
  冰箱: ['冷藏室不制冷', '冷冻室结霜严重', '压缩机频繁启动', '门封不严', '显示屏不亮'],
  洗衣机: ['不脱水', '进水慢', '运行时震动大', '门锁打不开', '显示E21故障'],
  热水器: ['点火失败', '水温忽冷忽热', '漏水', '显示E5故障代码', '加热慢'],
  厨电: ['吸力变小', '灶具打不着火', '按键失灵', '洗不干净', '异响'],
  电视: ['开机无图像', '遥控失灵', '屏幕有竖线', '无法连接网络'],
};

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
export const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '建国', '晓燕', '志强', '海燕', '宇航', '思雨', '子涵', '浩然', '欣怡'];
export const STREETS = ['人民路', '中山路', '解放大道', '建设路', '和平街', '长江路', '新华路', '青年路', '东风路', '学府路'];
export const MOBILE_PREFIXES = ['138', '139', '136', '137', '150', '151', '158', '186', '187', '135', '177', '199'];

import type { OutletKind } from '@stardesk/domain';
import { DEMO_OUTLETS, type DemoOutlet } from './demo-catalogue';
import { SeededRandom } from './random';

/** Requests a year per outlet of a generated network: a large brand's network grows with its volume. */
const REQUESTS_PER_OUTLET = 2500;
/** Up to this volume the demo's own fourteen hand-written outlets are the network. */
const DEMO_NETWORK_LIMIT = 50_000;

const CITIES: readonly { city: string; districts: readonly string[]; region: DemoOutlet['region']; prefix: string }[] = [
  { city: '上海', districts: ['徐汇区', '闵行区', '静安区', '宝山区'], region: 'EAST', prefix: 'SH' },
  { city: '苏州', districts: ['姑苏区', '吴中区', '工业园区'], region: 'EAST', prefix: 'SZH' },
  { city: '宁波', districts: ['海曙区', '鄞州区'], region: 'EAST', prefix: 'NB' },
  { city: '合肥', districts: ['蜀山区', '包河区'], region: 'EAST', prefix: 'HF' },
  { city: '广州', districts: ['越秀区', '海珠区', '白云区'], region: 'SOUTH', prefix: 'GZ' },
  { city: '佛山', districts: ['顺德区', '南海区'], region: 'SOUTH', prefix: 'FS' },
  { city: '厦门', districts: ['思明区', '湖里区'], region: 'SOUTH', prefix: 'XM' },
  { city: '北京', districts: ['海淀区', '丰台区', '通州区'], region: 'NORTH', prefix: 'BJ' },
  { city: '天津', districts: ['和平区', '南开区'], region: 'NORTH', prefix: 'TJ' },
  { city: '济南', districts: ['历下区', '槐荫区'], region: 'NORTH', prefix: 'JN' },
  { city: '重庆', districts: ['渝中区', '江北区', '南岸区'], region: 'CENTRAL-WEST', prefix: 'CQ' },
  { city: '长沙', districts: ['岳麓区', '芙蓉区'], region: 'CENTRAL-WEST', prefix: 'CS' },
  { city: '西安', districts: ['雁塔区', '未央区'], region: 'CENTRAL-WEST', prefix: 'XA' },
];
const KIND_WEIGHTS: Record<OutletKind, number> = { OWN: 1, PARTNER: 5, AGENT: 4 };

/**
 * The service network for a year of `requests`: the demo's outlets, plus generated ones for large data
 * sets so a million requests spread over hundreds of outlets of very different sizes (log-normal
 * volumes: a few large service centres, a long tail of small agents), as performance.md asks.
 */
export function demoNetwork(requests: number, seed: number): readonly DemoOutlet[] {
  if (requests <= DEMO_NETWORK_LIMIT) return DEMO_OUTLETS;
  const random = new SeededRandom(seed);
  const wanted = Math.ceil(requests / REQUESTS_PER_OUTLET);
  const demoWeight = DEMO_OUTLETS.reduce((sum, outlet) => sum + outlet.weight, 0) / DEMO_OUTLETS.length;
  const outlets: DemoOutlet[] = [...DEMO_OUTLETS];
  for (let index = DEMO_OUTLETS.length; index < wanted; index++) {
    const place = CITIES[index % CITIES.length]!;
    const district = random.pick(place.districts);
    const kind = random.weighted(KIND_WEIGHTS);
    const weight = Math.max(0.5, random.logNormal(demoWeight / 2, 0.9));
    const number = String(index + 1).padStart(4, '0');
    outlets.push({
      code: `${place.prefix}-${number}`,
      name: `${place.city}${district}第${number}服务${kind === 'OWN' ? '中心' : '站'}`,
      kind,
      city: place.city,
      district,
      region: place.region,
      weight,
      technicians: Math.max(1, Math.round(weight / 4)),
    });
  }
  return outlets;
}

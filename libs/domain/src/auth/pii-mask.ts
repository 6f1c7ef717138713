/**
 * PIPL masking of an address for people who do not need it (phones: maskPhone in common/phone.ts). An address keeps the part before the street
 * number (city and district), e.g. 上海市浦东新区张江路 88 号 → 上海市浦东新区****.
 */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  const district = address.match(/^(.*?[省市区县旗])(?=[^省市区县旗]*$)/u)?.[1];
  const keep = district && district.length < chars.length ? [...district].length : Math.min(6, Math.floor(chars.length / 3));
  return `${chars.slice(0, keep).join('')}****`;
}

import { documentCriterion, indicator, kpiCriterion, manualCriterion, sampleCriterion } from './catalog-builders';
import type { IndicatorDefinition } from './indicator-catalog.types';

/** 商品服务 (35): our default split and checklist, after gbt27922.md and seeds 000–001. */
export const DEFAULT_GOODS_INDICATORS: IndicatorDefinition[] = [
  indicator('GOODS.INFO', 5, [
    documentCriterion('GOODS.INFO.1', 2, ['产品说明书：使用、保养与安全', 'Product manual: use, care and safety'], 'PRODUCT_MANUAL'),
    documentCriterion('GOODS.INFO.2', 1, ['随商品提供服务条款', 'Service terms supplied with the product'], 'SERVICE_COMMITMENT'),
    documentCriterion('GOODS.INFO.3', 1, ['在线常见问题解答', 'Online FAQ'], 'FAQ'),
    manualCriterion('GOODS.INFO.4', 1, ['维修操作手册可下载', 'Maintenance manuals available for download']),
  ]),
  indicator('GOODS.TECH', 6, [
    documentCriterion('GOODS.TECH.1', 2, ['安装调试指导', 'Installation and commissioning guidance'], 'INSTALLATION_GUIDE'),
    manualCriterion('GOODS.TECH.2', 2, ['远程与在线技术支持', 'Remote and online technical support']),
    manualCriterion('GOODS.TECH.3', 2, ['顾客培训', 'Customer training']),
  ]),
  indicator('GOODS.DELIV', 6, [
    documentCriterion('GOODS.DELIV.1', 2, ['配送与安装服务规范', 'Delivery and installation procedure'], 'DELIVERY_PROCEDURE'),
    sampleCriterion('GOODS.DELIV.2', 4, ['配送与安装记录抽查', 'Sampled delivery and installation records'], 'DELIVERY', 10, [
      ['按约定时间送达', 'Delivered at the agreed time'],
      ['商品完好', 'Goods intact on arrival'],
      ['顾客签收', 'Signed for by the customer'],
    ]),
  ]),
  indicator('GOODS.REPAIR', 8, [
    kpiCriterion('GOODS.REPAIR.1', 1.5, ['上门及时率不低于 90%', 'At least 90 % of first visits on time'], 'arrivalOnTimeRate', '>=', 0.9),
    kpiCriterion('GOODS.REPAIR.2', 1.5, ['一次修复率不低于 90%', 'At least 90 % fixed the first time'], 'firstTimeFixRate', '>=', 0.9),
    kpiCriterion('GOODS.REPAIR.3', 1, ['返修率不高于 5%', 'At most 5 % repeat repairs'], 'repeatRepairRate', '<=', 0.05),
    kpiCriterion('GOODS.REPAIR.4', 1, ['90% 的维修在 72 小时内修复', '90 % of repairs resolved within 72 hours'], 'resolutionHours', '<=', 72, 'p90'),
    sampleCriterion('GOODS.REPAIR.5', 3, ['维修记录抽查', 'Sampled repair records'], 'SERVICE_REQUEST', 20, [
      ['报修记录：顾客、产品型号、故障描述、报修时间', 'Request: customer, product model, fault, request time'],
      ['到达现场时间', 'Arrival time on site'],
      ['故障诊断结果', 'Diagnosis'],
      ['维修或更换的零部件', 'Parts repaired or replaced'],
      ['完工时间', 'Completion time'],
      ['顾客确认与反馈', 'Customer confirmation and feedback'],
    ]),
  ]),
  indicator('GOODS.WARR', 6, [
    documentCriterion('GOODS.WARR.1', 2, ['三包（修理、更换、退货）政策', 'Warranty (三包: repair, replace, refund) policy'], 'WARRANTY_POLICY'),
    sampleCriterion('GOODS.WARR.2', 2, ['三包处理决定抽查', 'Sampled warranty decisions'], 'WARRANTY_DECISION', 10, [
      ['保修判定有依据', 'Warranty status decided on evidence'],
      ['处理方式符合三包规定', 'Decision follows the 三包 rules'],
      ['在规定时限内处理', 'Decided within the time limit'],
    ]),
    manualCriterion('GOODS.WARR.3', 2, ['高于法定要求的服务承诺', 'Commitments beyond the legal minimum']),
  ]),
  indicator('GOODS.RECYC', 4, [
    documentCriterion('GOODS.RECYC.1', 2, ['废弃商品回收计划', 'Waste-product take-back programme'], 'TAKE_BACK_PROGRAMME'),
    sampleCriterion('GOODS.RECYC.2', 2, ['回收与处置记录抽查', 'Sampled take-back and disposal records'], 'TAKE_BACK', 5, [
      ['回收商品与数量有记录', 'Products and quantities recorded'],
      ['处置方式合规', 'Compliant disposal method'],
      ['处置单位资质与处置证明', "Disposer's licence and disposal certificate"],
    ]),
  ]),
];

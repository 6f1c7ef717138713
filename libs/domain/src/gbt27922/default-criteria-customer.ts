import { documentCriterion, indicator, kpiCriterion, manualCriterion, sampleCriterion } from './catalog-builders';
import type { IndicatorDefinition } from './indicator-catalog.types';

/** 顾客服务 (25): our default split and checklist, after gbt27922.md and seeds 001–002. */
export const DEFAULT_CUSTOMER_INDICATORS: IndicatorDefinition[] = [
  indicator('CUST.REL', 12, [
    sampleCriterion('CUST.REL.1', 2, ['客户档案抽查', 'Sampled customer records'], 'CUSTOMER', 20, [
      ['基本资料完整', 'Complete basic data'],
      ['服务历史可追溯', 'Traceable service history'],
    ]),
    kpiCriterion('CUST.REL.2', 2, ['回访率不低于 90%', 'At least 90 % of closed requests followed up'], 'returnVisitRate', '>=', 0.9),
    // 90 % satisfied and 4.5 of 5 are the figures the audit-preparation seed (001) quotes.
    kpiCriterion('CUST.REL.3', 2, ['满意率不低于 90%', 'At least 90 % of customers satisfied'], 'csatRate', '>=', 0.9),
    kpiCriterion('CUST.REL.4', 1, ['平均满意度不低于 4.5 分', 'Average rating at least 4.5 of 5'], 'avgRating', '>=', 4.5),
    manualCriterion('CUST.REL.5', 2, ['多种沟通渠道：热线、在线、APP', 'Several channels: hotline, online, app']),
    documentCriterion('CUST.REL.6', 2, ['个人信息保护制度', 'Personal-information protection rules'], 'PRIVACY_POLICY'),
    manualCriterion('CUST.REL.7', 1, ['满意度调查结果的分析与改进', 'Survey results analysed and acted on']),
  ]),
  indicator('CUST.COMPL', 13, [
    documentCriterion('CUST.COMPL.1', 2, ['投诉处理程序：受理渠道、处理时限、升级机制', 'Complaint procedure: channels, time limits, escalation'], 'COMPLAINT_PROCEDURE'),
    kpiCriterion('CUST.COMPL.2', 3, ['投诉处理及时率不低于 95%', 'At least 95 % of complaints handled in time'], 'complaintTimelyRate', '>=', 0.95),
    kpiCriterion('CUST.COMPL.3', 2, ['投诉解决率不低于 90%', 'At least 90 % resolved to the customer’s satisfaction'], 'complaintResolutionRate', '>=', 0.9),
    sampleCriterion('CUST.COMPL.4', 4, ['投诉记录抽查', 'Sampled complaint records'], 'COMPLAINT', 10, [
      ['受理时间与渠道', 'Time and channel of receipt'],
      ['及时确认', 'Timely acknowledgement'],
      ['处理过程与结果', 'Handling and result'],
      ['按规定升级（适用时）', 'Escalated as required (where applicable)'],
      ['与顾客确认关闭', 'Closed with the customer'],
    ]),
    manualCriterion('CUST.COMPL.5', 1, ['投诉统计分析与改进', 'Complaint statistics analysed for improvement']),
    kpiCriterion('CUST.COMPL.6', 1, ['投诉率不高于每千单 10 件', 'At most 10 complaints per 1,000 requests'], 'complaintRate', '<=', 10),
  ]),
];

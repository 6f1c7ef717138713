import { documentCriterion, indicator, kpiCriterion, manualCriterion, sampleCriterion } from './catalog-builders';
import type { IndicatorDefinition } from './indicator-catalog.types';

/** 售后服务体系 (40): our default split and checklist, after gbt27922.md and seeds 000–002. */
export const DEFAULT_SYSTEM_INDICATORS: IndicatorDefinition[] = [
  indicator('SYS.ORG', 6, [
    documentCriterion('SYS.ORG.1', 2, ['设立售后服务部门，部门职责与权限形成文件', 'A service department with documented responsibilities and authority'], 'ORGANISATION_CHART'),
    documentCriterion('SYS.ORG.2', 2, ['服务岗位职责与权限明确', 'Documented duties and authority of each service role'], 'JOB_RESPONSIBILITIES'),
    manualCriterion('SYS.ORG.3', 2, ['服务网点布局覆盖目标市场', 'An outlet network covering the markets served']),
  ]),
  indicator('SYS.STAFF', 6, [
    manualCriterion('SYS.STAFF.1', 1, ['服务人员数量与服务量相适应', 'Staff numbers match the service volume']),
    kpiCriterion('SYS.STAFF.2', 1, ['持证上岗率不低于 95%', 'At least 95 % of technicians certified'], 'certifiedStaffRate', '>=', 0.95),
    sampleCriterion('SYS.STAFF.3', 1.5, ['服务人员资质抽查', 'Sampled personnel qualifications'], 'STAFF', 10, [
      ['身份证明', 'Proof of identity'],
      ['学历证明', 'Proof of education'],
      ['有效的专业资格证书', 'A valid professional certificate'],
      ['相关工作经验证明', 'Proof of relevant experience'],
      ['危险作业安全操作证书（适用时）', 'Safety certificate for hazardous work (where applicable)'],
    ]),
    documentCriterion('SYS.STAFF.4', 0.5, ['培训计划、大纲、时间表及效果评估', 'Training plan, syllabus, timetable and effect evaluation'], 'TRAINING_PLAN'),
    // 40 h a year (seed 001) assumes the usual 12-month assessment period.
    kpiCriterion('SYS.STAFF.5', 1, ['人均培训学时不低于 40 学时/年', 'At least 40 training hours per head a year'], 'trainingHoursPerStaff', '>=', 40),
    sampleCriterion('SYS.STAFF.6', 1, ['绩效考核记录抽查', 'Sampled performance evaluations'], 'STAFF', 10, [
      ['服务态度', 'Service attitude'],
      ['解决问题能力', 'Problem solving'],
      ['顾客满意度', 'Customer satisfaction'],
    ]),
  ]),
  indicator('SYS.RES', 6, [
    sampleCriterion('SYS.RES.1', 2, ['服务场所与设施抽查', 'Sampled service premises and facilities'], 'FACILITY', 5, [
      ['场所环境整洁，标识清晰', 'Clean premises with clear signage'],
      ['维修工具与检测设备齐全完好', 'Repair tools and test equipment complete and working'],
      ['备件存放规范', 'Spare parts stored properly'],
    ]),
    documentCriterion('SYS.RES.2', 1, ['备品备件清单与库存管理', 'Spare-parts list and stock management'], 'SPARE_PARTS_LIST'),
    manualCriterion('SYS.RES.3', 2, ['客户服务管理信息系统，服务过程电子化、数据化', 'An information system keeping service records electronically']),
    documentCriterion('SYS.RES.4', 1, ['售后服务经费预算', 'Service budget'], 'SERVICE_BUDGET'),
  ]),
  indicator('SYS.NORM', 6, [
    documentCriterion('SYS.NORM.1', 2, ['售后服务政策：承诺、范围、标准、响应与解决时限、满意度标准、投诉与纠纷机制', 'Service policy: commitments, scope, standards, time limits, satisfaction criteria, complaint mechanism'], 'SERVICE_POLICY'),
    documentCriterion('SYS.NORM.2', 1.5, ['服务流程图：报修、诊断、方案、解决、回访', 'Process flowchart: request, diagnosis, solution, resolution, return visit'], 'PROCESS_FLOWCHART'),
    documentCriterion('SYS.NORM.3', 1.5, ['服务手册：培训内容、操作规范、维修工具、备件清单、质量监控、统计报告', 'Service manual: training, operating rules, tools, spare parts, quality monitoring, statistics'], 'SERVICE_MANUAL'),
    documentCriterion('SYS.NORM.4', 1, ['服务行为规范：礼仪、着装、用语', 'Conduct rules: manners, dress, language'], 'CONDUCT_RULES'),
  ]),
  indicator('SYS.SUPV', 6, [
    kpiCriterion('SYS.SUPV.1', 1.5, ['及时响应率不低于 90%', 'At least 90 % of requests answered on time'], 'responseOnTimeRate', '>=', 0.9),
    kpiCriterion('SYS.SUPV.2', 0.5, ['90% 的工单在 4 小时内响应', '90 % of requests answered within 4 hours'], 'responseMinutes', '<=', 240, 'p90'),
    kpiCriterion('SYS.SUPV.3', 1, ['满意度调查回复率不低于 30%', 'At least 30 % of survey invitations answered'], 'surveyResponseRate', '>=', 0.3),
    manualCriterion('SYS.SUPV.4', 1, ['神秘顾客或暗访检查', 'Mystery shopping or unannounced checks']),
    documentCriterion('SYS.SUPV.5', 1, ['内部审核', 'Internal audits'], 'INTERNAL_AUDIT_REPORT'),
    documentCriterion('SYS.SUPV.6', 0.5, ['服务应急预案', 'Service emergency plan'], 'EMERGENCY_PLAN'),
    manualCriterion('SYS.SUPV.7', 0.5, ['公开监督电话', 'A published supervision hotline']),
  ]),
  indicator('SYS.IMPR', 5, [
    sampleCriterion('SYS.IMPR.1', 2, ['纠正和预防措施抽查', 'Sampled corrective and preventive actions'], 'CORRECTIVE_ACTION', 5, [
      ['原因分析', 'Root-cause analysis'],
      ['措施、责任人与期限', 'Action, owner and due date'],
      ['有效性验证', 'Verified effectiveness'],
    ]),
    documentCriterion('SYS.IMPR.2', 2, ['管理评审', 'Management review'], 'MANAGEMENT_REVIEW_REPORT'),
    manualCriterion('SYS.IMPR.3', 1, ['顾客反馈转化为改进措施（PDCA）', 'Customer feedback turned into improvements (PDCA)']),
  ]),
  indicator('SYS.CULT', 5, [
    documentCriterion('SYS.CULT.1', 2, ['以顾客为中心的服务理念形成文件', 'A documented customer-centred service philosophy'], 'SERVICE_PHILOSOPHY'),
    manualCriterion('SYS.CULT.2', 2, ['服务理念的传达与培训', 'The philosophy communicated and trained']),
    manualCriterion('SYS.CULT.3', 1, ['激励机制：薪酬与晋升通道', 'Incentives: pay and career paths']),
  ]),
];

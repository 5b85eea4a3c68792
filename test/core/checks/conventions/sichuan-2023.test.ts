/**
 * The Sichuan 部门预算项目支出绩效自评表 as its 2023 system exports it (issue 11 class 5): 年度预算数（万元）
 * heads the row-label column on the header row, 年度目标完成情况 heads its answer (the answer below
 * it), zero sub-rows show 0.00% and `/`, the 原因 cell may still hold the template's instructions.
 * Built from those conventions with made-up names; expectations by hand.
 */
import { buildSheet } from '../../recognition/helpers';
import { alarms, brief, findingsOf, PERCENT, type V } from './grids';

function sichuan2023(o: { goalAnswer?: V; reason?: V } = {}) {
  const e: Record<string, V> = {
    A1: '部门预算项目支出绩效自评表(2023年度)', A2: '项目名称', B2: '办公设备更新补助项目', A3: '主管部门', B3: '县某局', F3: '实施单位', G3: '县某局',
    A4: '项目基本情况', B4: '1.项目年度目标完成情况', C4: '项目年度目标', H4: '年度目标完成情况',
    C5: '按要求购置办公设备并完成资金支付', H5: o.goalAnswer === undefined ? '购置电脑13台，12月前完成资金支付' : o.goalAnswer,
    B6: '2.项目实施内容及过程概述', C6: '购置电脑13台，12月前完成资金支付',
    A7: '预算执行情况(10分)', B7: '年度预算数(万元)', C7: '年初预算', D7: '调整后预算数', E7: '预算执行数', F7: '预算执行率', G7: '权重', H7: '得分', I7: '原因',
    B8: '总额', C8: 3.36, D8: 3.36, E8: 3.36, F8: PERCENT(1), G8: 10, H8: 10, I8: o.reason === undefined ? null : o.reason,
    B9: '其中:财政资金', C9: 3.36, D9: 3.36, E9: 3.36, F9: PERCENT(1), G9: '/', H9: '/',
    B10: '财政专户管理资金', C10: 0, D10: 0, E10: 0, F10: PERCENT(0), G10: '/', H10: '/',
    B11: '单位资金', C11: 0, D11: 0, E11: 0, F11: PERCENT(0), G11: '/', H11: '/',
    B12: '其他资金', G12: '/', H12: '/',
    A13: '绩效指标(90分)', B13: '一级指标', C13: '二级指标', D13: '三级指标', E13: '指标性质', F13: '指标值', G13: '度量单位', H13: '完成值', I13: '权重', J13: '得分', K13: '未完成原因分析',
    B14: '产出指标', C14: '数量指标', D14: '购置电脑台数', E14: '≥', F14: 13, G14: '台', H14: 13, I14: 50, J14: 50,
    B15: '效益指标', C15: '社会效益指标', D15: '办公效率提升', E15: '定性', F15: '有效提升', H15: '有效提升', I15: 30, J15: 30,
    B16: '满意度指标', C16: '服务对象满意度指标', D16: '干部职工满意度', E16: '≥', F16: 90, G16: '%', H16: 95, I16: 10, J16: 10,
    B17: '合计', I17: 100, J17: 100,
    A18: '评价结论', B18: '项目按计划完成，资金全部支付', A19: '存在问题', B19: '无', A20: '改进措施', B20: '无',
    A21: '项目负责人:某某', F21: '财务负责人:某某',
  };
  const merges = ['A1:K1', 'B2:K2', 'B3:E3', 'G3:K3', 'A4:A6', 'B4:B5', 'C4:G4', 'H4:K4', 'C5:G5', 'H5:K5', 'C6:K6', 'A7:A12', 'I7:K7', 'I8:K12', 'A13:A16', 'B17:H17', 'B18:K18', 'B19:K19', 'B20:K20', 'A21:E21', 'F21:K21'];
  return buildSheet('自评表', e, merges);
}

describe('Sichuan 2023 export', () => {
  it('consistent (3.36/3.36/3.36 = 100.00%, 10; 50 + 30 + 10; 合计 100/100): no finding but infos; no M01 for 年度预算数（万元）; no F08 for 0.00% on empty sub-rows', () => {
    const f = findingsOf(sichuan2023());
    expect(alarms(f)).toEqual([]);
    expect(f.filter((x) => x.rule === 'M01' || x.rule === 'F08')).toEqual([]);
  });

  it.each(['完成', '已完成', '无'])('年度目标完成情况 answered %p (the answer under its heading) → S13 on H5', (a) => {
    expect(alarms(findingsOf(sichuan2023({ goalAnswer: a })))).toEqual(['S13:warning@H5']);
  });

  it('the 原因 cell still holding the template instructions → S13 there', () => {
    const text = '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.';
    expect(brief(findingsOf(sichuan2023({ reason: text }))).filter((x) => !x.startsWith('I01'))).toEqual(['S13:warning@I8']);
  });
});

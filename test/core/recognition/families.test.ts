import { headerLetters, labelKey, splitLevel1Weight, unitNamed } from '../../../src/core/recognition/families';
import { parseFundsLabel } from '../../../src/core/recognition/funds-block';

describe('label families', () => {
  it.each([
    ['全年预算数（A）', '全年预算数'],
    ['执行率(B/A)', '执行率'],
    ['年度预\n算申请\n（万元）', '年度预算申请'],
    ['评（扣）分标准', '评分标准'],
    ['  其中：  人员经费', '人员经费'],
    ['满意度\n指标', '满意度指标'],
    ['得分系数(%)', '得分系数'],
    ['总分（含预算执行得分）', '总分'],
  ])('labelKey(%j) = %j', (text, key) => expect(labelKey(text)).toBe(key));

  it.each([
    ['全年预算数（A）', { letter: 'A' }],
    ['执行率（B/A）', { ratio: { num: 'B', den: 'A' } }],
    ['执行率(B÷A)', { ratio: { num: 'B', den: 'A' } }],
    ['全年执行数', {}],
  ])('headerLetters(%j)', (text, expected) => expect(headerLetters(text)).toEqual(expected));

  it.each([
    ['产出指标(50分)', { label: '产出指标', weight: '50' }],
    ['效益指标（30分）', { label: '效益指标', weight: '30' }],
    ['满意度指标（10）', { label: '满意度指标', weight: '10' }],
    ['产出指标', undefined],
  ])('splitLevel1Weight(%j)', (text, expected) => expect(splitLevel1Weight(text)).toEqual(expected));

  it.each([
    ['（万元）', 'wan'],
    ['年度预算申请（元）', 'yuan'],
    ['单位：元', 'yuan'],
    ['元', 'yuan'],
    ['1000元', undefined],
    ['金额单位', undefined],
  ])('unitNamed(%j) = %j', (text, unit) => expect(unitNamed(text)).toBe(unit));

  it.each([
    ['  其中：  一般公共预算：962.34', { role: 'generalBudget', valueText: '962.34' }],
    ['其中：一般公共预算', { role: 'generalBudget' }],
    ['政府性基金拨款：', { role: 'governmentFunds', valueText: '' }],
    ['年度资金总额:', { role: 'total', valueText: '' }],
    ['其他资金：２２４．６２', { role: 'otherFunds', valueText: '２２４．６２' }],
    ['其中：本年财政拨款', { role: 'currentAppropriation' }],
    ['上年结转资金', { role: 'carryover' }],
    ['财政专户管理资金', { role: 'specialAccount' }],
    ['国有资本经营预算：0', { role: 'stateCapitalBudget', valueText: '0' }],
    ['社会保险基金：无', { role: 'socialInsuranceFund', valueText: '无' }],
    ['按收入性质分：', { role: undefined, valueText: '' }],
  ])('parseFundsLabel(%j)', (text, expected) => expect(parseFundsLabel(text)).toEqual(expected));
});

import { Dec } from '../../src/core/money/decimal';
import { buildReport, reportText } from '../../src/report';
import type { HeadingBlock, ReportDocument } from '../../src/report';
import { SEED_INDICATORS, seedAnalysis, text } from './analysis-builder';

const narrative = (doc: ReportDocument): string[] => doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.kind === 'heading' ? b.number + b.text : b.text]));
const headings = (doc: ReportDocument, level: number) => doc.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.level === level);

describe('buildReport on the seed', () => {
  const doc = buildReport(seedAnalysis());
  const text = reportText(doc);

  it('has the title of RULES §5, broken at a balanced point (GB/T 9704: no lone character on the last line)', () => {
    expect(doc.title).toBe('2024年度岳阳市信访局整体支出绩效自评报告');
    // Width 2 + 2 + 6 = 10 | 10: after the department's name, both halves whole words.
    expect(doc.blocks[0]).toEqual({ kind: 'title', text: doc.title, lines: ['2024年度岳阳市信访局', '整体支出绩效自评报告'] });
  });

  it('has sections 一 … 九 in the seed outline order, numbered consistently', () => {
    expect(headings(doc, 1).map((h) => h.number + h.text)).toEqual([
      '一、部门基本情况',
      '二、一般公共预算支出情况',
      '三、政府性基金预算支出情况',
      '四、国有资本经营预算支出情况',
      '五、社会保险基金预算支出情况',
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、部门整体支出绩效自评结果拟应用和公开情况',
    ]);
    expect(headings(doc, 2).map((h) => h.number + h.text)).toEqual([
      '（一）主要职责',
      '（二）基本情况',
      '（三）经费收入预决算执行情况',
      '（一）基本支出情况',
      '（二）项目支出情况',
    ]);
  });

  it('lists 主要职责 as （1）…（7） without doubling the numbers typed in the input', () => {
    const duties = narrative(doc).filter((t) => /^（\d）/.test(t));
    expect(duties).toHaveLength(7);
    expect(duties[0]).toMatch(/^（1）负责处理人民群众/);
    expect(duties[6]).toBe('（7）承办市委、市政府交办的其他事项。');
    expect(text).not.toContain('（1）（1）');
  });

  it('states the seed figures computed by hand, every share naming its denominator', () => {
    const lines = narrative(doc);
    const has = (s: string) => expect(lines.some((l) => l.includes(s))).toBe(true);
    has('2024年度部门整体支出年初预算649.24万元，全年预算1186.96万元，全年执行1186.19万元，预算执行率99.94%（全年执行数÷全年预算数）。');
    // The 一般公共预算 row holds its 全年预算数 only: said as what it is, never a placeholder.
    has('自评表中一般公共预算全年预算数962.34万元，其全年执行数未填列。');
    // RULES §3 one basis: the breakdown's own sum 586.11 + 376.23 = 962.34, named as that sum (the
    // 一般公共预算 row's 962.34 is a 全年预算数, not a 支出): 586.11 ÷ 962.34 = 0.609046… → 60.90%.
    has('基本支出586.11万元，占基本支出与项目支出合计962.34万元的60.90%。');
    has('人员经费494.43万元，占基本支出的84.36%；公用经费91.68万元，占基本支出的15.64%');
    has('项目支出376.23万元，占基本支出与项目支出合计962.34万元的39.10%，安排专项11个');
    // 上年结转结余 is part of 本年追加 (the seed's own 其中).
    has('年初预算103.59万元，本年追加272.64万元，其中上年结转结余16.25万元');
    // One 总分 story: 分值 110, so the table's own 98.80 is stated (2 decimals, RULES §3) and no grade — never 108.79 as the score.
    has('自评表中总分为98.80分。因自评表各项分值合计为110分、不等于100分，未评定等级。');
    // The one line naming the computed figure that differs from the table (9.94 as entered).
    has('说明：以下数字为按规则计算的结果，与自评表中填写的不同：各项分值合计110分（自评表中为100分）；预算执行得分9.99分（自评表中为9.94分）。');
    has('预算执行率99.94%，预算执行得分9.99分（分值10分）');
    has('在职人数28人，退休人数11人');
    has('公务车辆编制1辆');
  });

  it('walks every number of the narrative against figures derived by hand (not by the report code)', () => {
    // 1186.19 ÷ 1186.96 = 0.99935… → 99.94%; 10 × that = 9.9935… → 9.99; 586.11 ÷ 962.34 = 0.609046… → 60.90%;
    // 376.23 ÷ 962.34 = 0.390953… → 39.10%; 494.43 ÷ 586.11 = 0.843578… → 84.36%;
    // 91.68 ÷ 586.11 = 0.156421… → 15.64%; the table's 总分 98.80 (2 decimals) and 分值 10 + 100 = 110; 9.94 as entered.
    const byHand = new Set([
      '649.24万元', '1186.96万元', '1186.19万元', '99.94%', '962.34万元', '224.62万元', '586.11万元', '60.90%',
      '494.43万元', '84.36%', '91.68万元', '15.64%', '376.23万元', '39.10%', '103.59万元', '272.64万元', '16.25万元',
      '98.80分', '110分', '100分', '9.99分', '9.94分', '10分', '9.80分',
    ]);
    const found = narrative(doc).flatMap((l) => [...l.matchAll(/\d+(?:\.\d+)?(?:万元|%|分)/g)].map((m) => m[0]));
    expect(found.length).toBeGreaterThan(25);
    for (const f of found) expect({ figure: f, known: byHand.has(f) }).toEqual({ figure: f, known: true });
    // Bare numbers: years, head counts, list numbers, the 100-point rule — nothing else.
    const bare = narrative(doc).flatMap((l) => [...l.replace(/\d+(?:\.\d+)?(?:万元|%|分)/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]));
    for (const n of bare) expect(['2024', '28', '11', '1', '2', '3', '4', '5', '6', '7', '9', '100']).toContain(n);
    // The stated (wrong) 9.94 appears only in the line that names it as the table's entry; 108.79 nowhere.
    expect(narrative(doc).filter((l) => /(^|[^\d.])9\.94/.test(l))).toEqual([expect.stringContaining('自评表中为9.94分')]);
    expect(text).not.toContain('108.79');
  });

  it('gives one sentence per indicator below full marks; a missing reason is left out of the final text and listed as a gap', () => {
    const below = narrative(doc).filter((l) => /分值10分，得分9\.80分/.test(l));
    expect(below).toHaveLength(SEED_INDICATORS.filter((i) => i.score !== '10').length);
    expect(below[0]).toBe('“行政三级办理情况”（质量指标）分值10分，得分9.80分。');
    expect(below.map((l) => /（(.+?指标)）/.exec(l)![1])).toEqual(['质量指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']);
    expect(text).not.toMatch(/[【】]|未填写偏差原因/);
    expect(doc.gaps.filter((g) => g.what.includes('偏差原因')).map((g) => g.what)).toHaveLength(6);
    expect(doc.gaps[0]).toEqual({ sheet: '自评表', cell: 'A1', what: '各项分值合计为110，应为100（见检查结果S01）' });
  });

  it('a draft shows each missing reason as a bracketed placeholder', () => {
    const d = buildReport(seedAnalysis(), { draft: true });
    expect(narrative(d)).toContain('“行政三级办理情况”（质量指标）分值10分，得分9.80分，偏差原因：【请在“自评表”表填写：偏差原因分析及改进措施】。');
    expect(d.gaps).toEqual(doc.gaps);
  });

  it('a reason still marked （草稿） is not put in the final text; it is a gap', () => {
    const inds = SEED_INDICATORS.map((i, k) => (k === 1 ? { ...i, reason: '（草稿）实际完成值…。原因：＿＿；改进措施：＿＿。' } : i));
    const d = buildReport(seedAnalysis({ indicators: inds }));
    expect(reportText(d)).not.toContain('（草稿）');
    expect(d.gaps.map((g) => g.what)).toContain('“行政三级办理情况”的偏差原因仍是草稿，请修改确认');
  });

  it('quotes a typed 偏差原因', () => {
    const inds = SEED_INDICATORS.map((i, k) => (k === 1 ? { ...i, reason: '个别事项办理超时。' } : i));
    const lines = narrative(buildReport(seedAnalysis({ indicators: inds })));
    expect(lines).toContain('“行政三级办理情况”（质量指标）分值10分，得分9.80分，偏差原因：个别事项办理超时。');
  });

  it('says so when every indicator has full marks', () => {
    const full = SEED_INDICATORS.map((i) => ({ ...i, score: i.weight }));
    expect(narrative(buildReport(seedAnalysis({ indicators: full })))).toContain('各项绩效指标均得满分。');
  });

  it('uses the standard 本年度无… sentence for each absent fund type', () => {
    const lines = narrative(doc);
    expect(lines).toContain('本年度无政府性基金安排的预算收入与支出，无政府性基金预算支出情况。');
    expect(lines).toContain('本年度无国有资本经营预算安排的收入与支出，无国有资本经营预算支出情况。');
    expect(lines).toContain('本年度无社会保险基金预算安排的收入与支出，无社会保险基金预算支出情况。');
  });

  it('states a fund type that has an amount in 基本情况', () => {
    const lines = narrative(buildReport(seedAnalysis({ basic: { governmentFunds: '12.5' } })));
    expect(lines).toContain('本年度政府性基金预算支出12.50万元。');
  });

  it('says nothing of full marks when no indicator is scored (a blank table)', () => {
    const blank = SEED_INDICATORS.map((i) => ({ ...i, score: '' }));
    const d = buildReport(seedAnalysis({ indicators: blank }));
    expect(reportText(d)).not.toContain('各项绩效指标均得满分');
  });

  it('states the grade when the engine graded the table', () => {
    const lines = narrative(buildReport(seedAnalysis({ totalScore: new Dec('98.79'), grade: '优' })));
    expect(lines).toContain('根据部门整体支出绩效评价指标体系，本单位本年度部门整体支出绩效自评得分98.79分，等级为优。');
  });

  it('includes the evaluation table with its merges', () => {
    const t = doc.blocks.find((b) => b.kind === 'table');
    expect(t && t.kind === 'table').toBe(true);
    if (!t || t.kind !== 'table') return;
    const rows = t.table.rows.map((r) => r.map((c) => c.text));
    // The table as the sheet stands: the stated 得分 9.94, not the computed 9.99.
    expect(rows.find((r) => r[1] === '年度资金总额')).toEqual(['', '年度资金总额', '649.24', '1186.96', '1186.19', '10', expect.any(String), '9.94']);
    expect(rows.find((r) => r[1] === '基本支出')!.slice(2, 5)).toEqual(['', '', '586.11']); // expenditure: 全年执行数 basis
    expect(rows.find((r) => r[1] === '一般公共预算')!.slice(2, 5)).toEqual(['', '962.34', '']); // income: 全年预算数 basis
    const prod = rows.findIndex((r) => r[0] === '产出指标');
    // 产出指标 spans its 5 rows; 时效指标 its 2.
    expect(t.table.merges).toContainEqual({ top: prod, left: 0, bottom: prod + 4, right: 0 });
    expect(t.table.merges).toContainEqual({ top: prod + 2, left: 1, bottom: prod + 3, right: 1 });
    // 总分 row as stated (分值 cell 100, 总分 98.8); the 等级 cell as stated (blank).
    expect(rows[rows.length - 2].slice(5, 7)).toEqual(['100', '98.8']);
    expect(rows[rows.length - 1][5]).toBe('');
    for (const m of t.table.merges) expect(m.bottom >= m.top && m.right >= m.left && m.right < 8).toBe(true);
  });

  it('generates the same text twice', () => {
    expect(reportText(buildReport(seedAnalysis()))).toBe(text);
  });
});

describe('missing inputs: placeholders in a draft only, every one listed as a gap', () => {
  const analysis = seedAnalysis({ basic: { problems: undefined, improvements: '  ', disclosure: undefined, duties: '', summary: undefined, year: undefined }, noDetail: true });
  const doc = buildReport(analysis, { draft: true });
  const final = buildReport(analysis);
  const lines = narrative(doc);
  it.each([
    ['存在的问题及原因分析'],
    ['下一步改进措施'],
    ['自评结果拟应用和公开情况'],
    ['主要职责'],
    ['绩效情况概述'],
  ])('%s', (field) => {
    expect(lines.some((l) => l.includes(`【请在“基本情况”表填写：${field}】`))).toBe(true);
    expect(final.gaps.map((g) => g.what)).toContain(field);
    expect(reportText(final)).not.toMatch(/[【】]/);
  });
  it('takes the year from the table’s own title when 基本情况 has none', () => {
    expect(final.title.startsWith('2024年度')).toBe(true);
    expect(final.gaps.map((g) => g.what)).not.toContain('年度');
  });
  it('keeps all nine sections', () => {
    expect(headings(doc, 1)).toHaveLength(9);
  });
  it('asks for the 收支明细 inputs when that sheet is missing', () => {
    expect(lines.some((l) => l.includes('【请在“收支明细”表填写：人员经费】'))).toBe(true);
    expect(lines.some((l) => l.includes('【请在“收支明细”表填写：专项个数】'))).toBe(true);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.placeholder).length).toBeGreaterThan(5);
  });
  it('reports with no table at all still has every section', () => {
    const empty = seedAnalysis();
    const bare = buildReport({ ...empty, computations: [], recognised: { ...empty.recognised, tables: [] } }, { draft: true });
    expect(headings(bare, 1)).toHaveLength(9);
    expect(reportText(bare)).toContain('【请在“自评表”表填写：年初预算数】');
    expect(reportText(bare)).not.toMatch(/NaN|undefined/);
    const bareFinal = buildReport({ ...empty, computations: [], recognised: { ...empty.recognised, tables: [] } });
    expect(headings(bareFinal, 1)).toHaveLength(9);
    expect(reportText(bareFinal)).not.toMatch(/[【】]|NaN|undefined/);
    // 本年度无… only where the workbook says so: 基本情况 says 无 for 政府性基金; nothing for the other two.
    expect(reportText(bareFinal)).toContain('本年度无政府性基金');
    expect(reportText(bareFinal)).not.toContain('本年度无国有资本经营');
    expect(reportText(bareFinal)).not.toContain('本年度无社会保险基金');
    expect(bareFinal.gaps.map((g) => g.what)).toEqual(expect.arrayContaining(['国有资本经营预算支出', '社会保险基金预算支出']));
  });
});

describe('issue 12: the notice, titles and cell text', () => {
  it('opens with the notice named in 基本情况 (通知文号) as the seed does', () => {
    const a = seedAnalysis();
    const info = a.recognised.basicInfo!;
    const notice = '《岳阳市财政局关于开展2024年度市级预算支出绩效自评工作的通知》（岳财函〔2025〕48号）';
    const withNotice = { ...a, recognised: { ...a.recognised, basicInfo: { ...info, other: { ...info.other, 通知文号: text(notice, 'B17', '基本情况') } } } };
    const doc = buildReport(withNotice);
    expect(narrative(doc)[1]).toBe(`根据${notice}等文件精神，本单位对2024年度部门整体支出开展了绩效自评。现将2024年度部门整体支出绩效自评情况报告如下：`);
  });
});

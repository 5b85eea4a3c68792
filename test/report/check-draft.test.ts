/**
 * checkDraft (R01–R03) on the seed's own text and on sentences built to hit each rule.
 * Expected values are worked out by hand from the seed's table.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { strToU8 } from 'fflate';
import type { Finding } from '../../src/core/findings';
import { buildReport, checkDraft, readDraft, reportText } from '../../src/report';
import { seedAnalysis } from './analysis-builder';

const analysis = seedAnalysis();
const check = (lines: readonly string[]) => checkDraft(readDraft({ fileName: 'draft.txt', bytes: strToU8(lines.join('\n')) }), analysis);
const rule = (fs: readonly Finding[], r: string, severity?: string) => fs.filter((f) => f.rule === r && (!severity || f.severity === severity));

describe('checkDraft on the seed report (test/fixtures/seed/seed-report.txt)', () => {
  const bytes = readFileSync(join(__dirname, '../fixtures/seed/seed-report.txt'));
  const draft = readDraft({ fileName: 'seed-report.txt', bytes });
  const findings = checkDraft(draft, analysis);
  const lineOf = (start: string) => draft.paragraphs.find((p) => p.text.startsWith(start))!.index;

  it('finds the mixed heading numbering 1、 2、 4、 5、 6、 9、 among 三、 七、 八、 and （2） among （一）（二）（三）', () => {
    const warned = rule(findings, 'R02', 'warning');
    expect(warned.map((f) => f.actual)).toEqual(['1、', '2、', '（2）', '4、', '5、', '6、', '9、']);
    expect(warned.map((f) => f.paragraph)).toEqual([
      lineOf('1、 部门基本情况'),
      lineOf('2、 一般公共预算支出情况'),
      lineOf('（2） 项目支出情况'),
      lineOf('4、 国有资本经营'),
      lineOf('5、 社会保险基金'),
      lineOf('6、 部门整体支出绩效情况'),
      lineOf('9、 部门整体支出绩效自评结果'),
    ]);
    expect(warned[0]).toMatchObject({ file: 'seed-report.txt', excerpt: '1、 部门基本情况', expected: '一、' });
    expect(warned[2].expected).toBe('（二）');
    for (const start of ['三、政府性基金', '七、存在的问题', '八、下一步', '1.预算编制能力']) {
      expect(findings.filter((f) => f.rule === 'R02' && f.severity !== 'info' && f.paragraph === lineOf(start))).toEqual([]);
    }
  });

  it('reports （1） directly under （一） as info, once', () => {
    const infos = rule(findings, 'R02', 'info').filter((f) => f.paragraph === lineOf('（1）负责处理'));
    expect(infos).toHaveLength(1);
    expect(rule(findings, 'R02', 'info').filter((f) => /^（[2-7]）/.test(f.excerpt ?? ''))).toEqual([]);
  });

  it('raises no R01 error: 60.9% is right of the 962.34 named just before; 494.43, 84.36%, 313.1 … all agree', () => {
    expect(rule(findings, 'R01', 'error')).toEqual([]);
    expect(findings.filter((f) => f.paragraph === lineOf('我单位本年度一般公共预算财政拨款支出'))).toEqual([]);
  });

  it('says which figures it could not tie to the table (info)', () => {
    const infos = rule(findings, 'R01', 'info').map((f) => f.actual);
    expect(infos).toEqual(expect.arrayContaining(['545.65万元', '59.28万元']));
  });

  it('finds no count mismatch (内设科室9个 = 7 named + 以及2个)', () => {
    expect(rule(findings, 'R03')).toEqual([]);
  });
});

describe('checkDraft on the generated report', () => {
  it('raises no error or warning on its own text', () => {
    const own = checkDraft(readDraft({ fileName: 'own.txt', bytes: strToU8(reportText(buildReport(analysis))) }), analysis);
    expect(own.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('R01 TEXT_FIGURE_MISMATCH', () => {
  const GENERAL = '我单位本年度一般公共预算财政拨款支出为962.34万元，';
  it.each([
    // [sentence, error expected?, expected value]
    [GENERAL + '其中基本支出为586.11万元，占支出总额的60.9%。', false, undefined],
    [GENERAL + '其中基本支出为586.11万元，占支出总额的60.90%。', false, undefined],
    [GENERAL + '其中基本支出为586.11万元，占支出总额的49.41%。', true, '60.90%'],
    [GENERAL + '其中基本支出为586.11万元，占支出总额的60.8%。', true, '60.90%'],
    [GENERAL + '其中基本支出为568.11万元。', true, '586.11'],
    ['基本支出586.11万元，占全年执行数的49.41%。', false, undefined],
    // The generated report's base (RULES §3): 基本支出 + 项目支出 = 586.11 + 376.23 = 962.34.
    ['基本支出586.11万元，占基本支出与项目支出合计962.34万元的60.90%。', false, undefined],
    ['本年度基本支出与项目支出合计926.34万元。', true, '962.34'],
    ['基本支出586.11万元，占基本支出与项目支出合计962.34万元的49.41%。', true, '60.90%'],
    ['基本支出586.11万元，占全年执行数的60.90%。', true, '49.41%'],
    ['基本支出中人员经费支出494.43万元，占比84.36%；公用经费支出91.68万元，占比15.64%。', false, undefined],
    ['基本支出中人员经费支出494.43万元，占比84.4%。', false, undefined],
    ['基本支出中人员经费支出494.43万元，占比80%。', true, '84.36%'],
    ['基本支出中人员经费支出449.43万元。', true, '494.43'],
    ['本年度预算执行率为99.94%。', false, undefined],
    ['本年度预算执行率为99.9%。', false, undefined],
    ['本年度预算执行率为99.3%。', true, '99.94%'],
    ['全年预算数较年初预算增加537.72万元。', false, undefined],
    ['全年预算数较年初预算增加500万元。', true, '537.72'],
    ['年初预算600万元。', true, '649.24'],
    ['整体支出全年执行1186.19万元。', false, undefined],
    ['项目支出376.23万元，年初预算103.59万元，本年追加272.64万元，其中上年结转结余16.25万元。', false, undefined],
    ['项目支出376.23万元，年初预算130.59万元。', true, '103.59'],
    ['资金得分9.94分。', false, undefined], // the table's stated value
    ['资金得分9.99分。', false, undefined], // the engine's value: the table's wrong cell is F03's finding, not R01's
    ['资金得分10分。', true, '9.94'],
    ['部门整体支出绩效自评98.8分。', false, undefined],
    ['部门整体支出绩效自评95分。', true, '98.80'],
  ])('%s → error: %s', (sentence, isError, expected) => {
    const errors = rule(check([sentence]), 'R01', 'error');
    expect(errors.length).toBe(isError ? 1 : 0);
    if (isError) {
      expect(errors[0]).toMatchObject({ rule: 'R01', name: 'TEXT_FIGURE_MISMATCH', file: 'draft.txt', paragraph: 1, expected });
      expect(errors[0].message).toMatch(/与自评表不符/);
      expect(errors[0].excerpt).toBeTruthy();
    }
  });

  it('a figure tied to no table quantity is info', () => {
    const fs = check(['另上年度非财政拨款结余结转59.28万元，群众满意度达到95%以上。']);
    expect(fs.map((f) => [f.severity, f.actual])).toEqual([['info', '59.28万元'], ['info', '95%']]);
  });

  it('locates the paragraph (1-based) and ignores table cells', () => {
    const fs = check(['标题', '', '基本支出568.11万元。', '\t568.11万元']);
    expect(fs.map((f) => f.paragraph)).toEqual([3]);
  });
});

describe('R02 HEADING_NUMBERING', () => {
  const r02 = (lines: string[]) => rule(check(lines), 'R02').map((f) => [f.paragraph, f.severity, f.actual]);
  it.each<[string, string[], Array<[number, string, string | undefined]>]>([
    ['standard outline', ['一、甲', '（一）乙', '1.丙', '（1）丁', '（2）戊', '2.己', '（二）庚', '二、辛'], []],
    ['out of order', ['一、甲', '三、乙'], [[2, 'warning', '三、']]],
    ['（二） skipped', ['一、甲', '（一）乙', '（三）丙'], [[3, 'warning', '（三）']]],
    ['mixed level 1', ['一、甲', '2、乙', '三、丙'], [[2, 'warning', '2、']]],
    ['（1） directly under （一）', ['一、甲', '（一）乙', '（1）丙', '（2）丁'], [[3, 'info', undefined]]],
    ['1、 consistently at level 3 is one info', ['一、甲', '（一）乙', '1、丙', '2、丁'], [[3, 'info', '1、']]],
    ['1.5万元 and 2024年 are not headings', ['一、甲', '1.5万元的支出', '2024年度'], []],
  ])('%s', (_, lines, expected) => {
    expect(r02(lines)).toEqual(expected);
  });
});

describe('R03 COUNT_MISMATCH', () => {
  const r03 = (lines: string[]) => rule(check(lines), 'R03').map((f) => [f.paragraph, f.expected, f.actual]);
  it.each<[string, string[], Array<[number, string, string]>]>([
    ['closed list agrees', ['安排专项3个，即信访维稳、接访保障、网络信访。'], []],
    ['closed list disagrees', ['安排专项11个，即信访维稳、接访保障、网络信访。'], [[1, '11', '3']]],
    ['Chinese count', ['内设科室三个，分别是办公室、综合科。'], [[1, '3', '2']]],
    ['open list (…等)', ['安排专项11个，包括信访维稳、接访保障等。'], []],
    ['nested count (以及2个…)', ['内设科室4个，分别是办公室、综合科，以及2个驻外科室驻京科（注）和驻长科。'], []],
    ['numbered paragraphs after ：', ['主要有以下3个方面：', '1.甲', '2.乙', '三、丙'], [[1, '3', '2']]],
    ['numbered paragraphs agree', ['主要有以下2个方面：', '1.甲', '2.乙'], []],
    ['a count with no list', ['安排专项11个。'], []],
  ])('%s', (_, lines, expected) => {
    expect(r03(lines)).toEqual(expected);
  });
});

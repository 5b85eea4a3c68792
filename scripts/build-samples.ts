/**
 * Builds the sample workbooks in samples/ from the seed report (岳阳市信访局 2024, the report
 * the product was designed from) — nothing invented: where the seed gives only totals (安排专项
 * 11个), detail rows stay empty; where it gives nothing, cells stay blank.
 *
 *   samples/seed-template.xlsx      our template (docs/TEMPLATE.md) filled with the seed's figures
 *   samples/seed-hunan-pasted.xlsx  the seed's own table as staff paste it from Word into Excel,
 *                                   then saved by LibreOffice (shared strings, its own styles)
 *
 * Run from the repository root:
 *   npx tsc scripts/build-samples.ts --outDir /tmp/bs --module commonjs --target es2022 \
 *     --esModuleInterop --skipLibCheck --resolveJsonModule && node /tmp/bs/scripts/build-samples.js
 * Needs `soffice` (LibreOffice) on PATH for the second file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Module from 'module';
import { execFileSync } from 'child_process';
import type { CellValue } from '../src/core/grid/types';
import type { LayoutCell, SheetLayout } from '../src/core/grid/layout';
import { rangeFromA1 } from '../src/core/grid/a1';
import { templateLayouts, TEMPLATE_SHEET_NAMES } from '../src/core/template/definition';
import { fillLayout } from '../src/core/template/fill';
import { basicInfoCell, SPENDING_COUNT_ROW, SPENDING_TOTAL_ROW } from '../src/core/template/cells';

// ---------------------------------------------------------------------------------------------
// The seed's text, exactly as typed (seed/000_8614dcb30a713240.txt). Line breaks inside a table
// cell are '\n'; '\u3000' is the full-width space the seed has.
// ---------------------------------------------------------------------------------------------

const SEED = {
  department: '岳阳市信访局',
  year: 2024,
  duties: [
    '（1）负责处理人民群众给市委、市政府及其领导同志的来信，接待处理群众来访，受理处理网络信访，为领导同志接待上访群众做好组织服务工作。',
    '（2）承办中央、省和市委、市政府交办的信访事项，向县市区、市直部门和中央、省驻岳单位交办信访事项，督促检查处理落实情况。',
    '（3）综合、反映人民群众在信访中提出的重要意见、建议和问题，开展调查研究，为市委、市政府提供信访信息。',
    '（4）协同有关部门处理跨地区、跨部门的重大信访问题，协调处理群众到市赴省进京上访，协调全市各级党政机关的信访工作。',
    '（5）研究、起草有关信访工作的政策规定;开展信访工作宣传和调研；指导全市信访工作业务，总结推广信访工作经验，提出加强和改进信访工作的意见。',
    '（6）掌握全市信访工作队伍建设情况，提出加强信访队伍建设的措施，对信访工作中失职、渎职行为提出处理建议，组织信访干部培训，指导信访部门办公自动化建设。',
    '（7）承办市委、市政府交办的其他事项。',
  ].join('\n'),
  institutions:
    '根据市委编办核定:市信访局内设科室9个，分别是办公室、综合调研科、网络信访和办信科、接访一科、接访二科、协调督查科、政策法规科，以及2个驻外科室驻京维稳科（承担岳阳市驻京维稳劝返工作职责）和驻长沙维稳劝返科（承担岳阳市驻长维稳劝返工作职责）。另有1个下属事业单位市人民来访接待中心。',
  staffActive: 28,
  staffRetired: 11,
  vehicles: 1,
  /** 「我局整体支出预算资金均为一般公共预算资金，无政府性基金预算资金、国有资本经营预算资金、社会保险基金预算资金。」 */
  noFund: '无',
  /** 「另上年度非财政拨款结余结转59.28万元」 (万元). */
  carryoverNonFiscal: 59.28,
  performanceSummary:
    '2024年，我单位积极履职，强化问题导向，深入推进信访工作法治化见行见效，坚决落实市委、市政府决策部署，紧扣“保二争一”目标发力，日常可量化考核指标均好于2023年，我市信访工作考核获评优秀等次。根据部门整体支出绩效评价指标体系，我单位本年度部门整体支出绩效自评98.8分（绩效自评表如下）。',
  problems: ['1.预算编制能力有待提升', '落实过“紧日子”要求，严格按标准、按要求编制。力争达到预算编制科学化、精准化。'].join('\n'),
  improvements: [
    '1.完善制度体系。健全工作流程，明确职责，加强内部监督，确保各项工作有序开展。',
    '2.优化经费管理。科学编制预算，简化资金申请流程，加强与财政部门沟通协调，提升财政资金使用效率。',
    '3.强化预算绩效管理意识。按照市财政有关规定，规范设置绩效目标及相应可量化的考核指标，加强对工作人员绩效评 ',
    '价有关培训，提升绩效评价工作重要性。',
  ].join('\n'),
  disclosure: '我单位按照要求及时主动将相关资料公开在部门网址及政府门户网站专栏中。',

  /** Funds (万元). Stated rate and score exactly as the seed's table states them. */
  funds: {
    initialBudget: 649.24,
    adjustedBudget: 1186.96,
    executed: 1186.19,
    weight: 10,
    /** 99.94% as the seed states it (a ratio). */
    executionRate: 0.9994,
    executionRateText: '99.94%',
    score: 9.94,
    /** 全年预算数 basis (按收入性质, RULES §2.1). */
    generalBudget: 962.34,
    otherFunds: 224.62,
    /** 全年执行数 basis (按支出性质). */
    basicSpending: 586.11,
    projectSpending: 376.23,
    personnelCosts: 494.43,
    operatingCosts: 91.68,
    /** 年初预算数 (「其中基本支出545.65万元，项目支出103.59万元」). */
    basicSpendingInitial: 545.65,
    projectSpendingInitial: 103.59,
  },

  /** 项目支出 (万元): 「安排专项11个。年初预算103.59万元，本年追加272.64万元，其中上年结转结余16.25万元。」 */
  projects: { count: 11, initialBudget: 103.59, supplement: 272.64, carryover: 16.25, executed: 376.23 },

  goalExpected: [
    '任务1：高位推进信访工作，坚持习近平总书记“以人民为中心”的思想为指导，严格落实关于信访工作的各项批示指示精神',
    '任务2：不断提升信访业务水平，保证人民群众信访满意率。',
    '任务3：持续夯实基层治理，助力社会工作提升效能',
    '任务4：着力抓好改进信访工作三项建议权，加大信访工作责任制落实力度',
  ].join('\n'),
  goalActual: '已按要求完成本年度各项工作。\n2024年信访工作考核为优秀等次',

  /** The ten indicator rows: 三级指标, 年度指标值, 实际完成值, 分值, 得分 (偏差原因 blank in the seed). */
  indicators: [
    ['信访问题源头治理情况', '申诉求决类信访数量', '保障信访渠道畅通', 10, 10],
    ['行政三级办理情况', '在要求范围内', '在要求范围内', 10, 9.8],
    ['临时性、突发性任务', '在规定范围内', '在规定范围内', 10, 10],
    ['“三率”完成情况', '在规定范围内。', '在规定范围内', 10, 10],
    ['合理使用资金', '合理使用资金', '合理使用资金', 10, 9.8],
    ['进一步提升工作效能，竭力保障群众合法权益。', '完成全年工作', '完成全年工作', 10, 9.8],
    ['推动合理解决信访问题，维护社会稳定。', '完成全年工作', '完成全年工作', 10, 9.8],
    ['提高处理办理群众来信来访和网上信访事项的工作效率', '完成全年工作', '完成全年工作', 10, 9.8],
    ['加强部门协调， 发挥信访联席会议制度优势。', '完成全年工作', '完成全年工作', 10, 9.8],
    ['完善工作机制，群众满意度评价达到 90% 以上', '群众满意度评价达 90% 以上', '群众满意度评价达 90% \n以上。', 10, 10],
  ] as ReadonlyArray<readonly [string, string, string, number, number]>,
  /** 总分 row as the seed states it: 分值 100, 得分 98.8. */
  weightTotal: 100,
  totalScore: 98.8,
} as const;

// ---------------------------------------------------------------------------------------------
// (a) our template, filled
// ---------------------------------------------------------------------------------------------

function seedTemplateLayouts(): SheetLayout[] {
  const [evaluation, basic, detail] = templateLayouts();
  const f = SEED.funds;
  const ev: Record<string, CellValue> = {
    C2: SEED.department,
    C4: f.initialBudget,
    D4: f.adjustedBudget,
    E4: f.executed,
    F4: f.weight,
    G4: f.executionRate,
    H4: f.score,
    D5: f.generalBudget,
    D8: f.otherFunds,
    C9: f.basicSpendingInitial,
    E9: f.basicSpending,
    E10: f.personnelCosts,
    E11: f.operatingCosts,
    C12: f.projectSpendingInitial,
    E12: f.projectSpending,
    B14: SEED.goalExpected,
    F14: SEED.goalActual,
    F26: SEED.weightTotal,
    G26: SEED.totalScore,
  };
  SEED.indicators.forEach(([name, target, actual, weight, score], i) => {
    const row = 16 + i;
    ev[`C${row}`] = name;
    ev[`D${row}`] = target;
    ev[`E${row}`] = actual;
    ev[`F${row}`] = weight;
    ev[`G${row}`] = score;
  });
  const bi: Record<string, CellValue> = {
    [basicInfoCell('departmentName')]: SEED.department,
    [basicInfoCell('year')]: SEED.year,
    [basicInfoCell('duties')]: SEED.duties,
    [basicInfoCell('institutions')]: SEED.institutions,
    [basicInfoCell('staffActive')]: SEED.staffActive,
    [basicInfoCell('staffRetired')]: SEED.staffRetired,
    [basicInfoCell('vehicles')]: SEED.vehicles,
    [basicInfoCell('governmentFunds')]: SEED.noFund,
    [basicInfoCell('stateCapitalBudget')]: SEED.noFund,
    [basicInfoCell('socialInsuranceFund')]: SEED.noFund,
    [basicInfoCell('carryover')]: SEED.carryoverNonFiscal,
    [basicInfoCell('performanceSummary')]: SEED.performanceSummary,
    [basicInfoCell('problems')]: SEED.problems,
    [basicInfoCell('improvements')]: SEED.improvements,
    [basicInfoCell('disclosure')]: SEED.disclosure,
  };
  const p = SEED.projects;
  const sd: Record<string, CellValue> = {
    [`C${SPENDING_TOTAL_ROW}`]: p.initialBudget,
    [`D${SPENDING_TOTAL_ROW}`]: p.supplement,
    [`E${SPENDING_TOTAL_ROW}`]: p.carryover,
    [`F${SPENDING_TOTAL_ROW}`]: p.executed,
    [`B${SPENDING_COUNT_ROW}`]: p.count,
  };
  if (evaluation.name !== TEMPLATE_SHEET_NAMES.evaluation) throw new Error('template sheet order changed');
  return [fillLayout(evaluation, ev), fillLayout(basic, bi), fillLayout(detail, sd)];
}

// ---------------------------------------------------------------------------------------------
// (b) the seed's table as pasted from Word into Excel (Hunan 部门整体 layout, columns A–I)
// ---------------------------------------------------------------------------------------------

function hunanPastedLayout(): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: SheetLayout['merges'][number][] = [];
  const put = (ref: string, value: CellValue, style: LayoutCell['style'] = 'label') => {
    const r = rangeFromA1(ref);
    if (r.top !== r.bottom || r.left !== r.right) merges.push(r);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        cells.push({ row, col, value: row === r.top && col === r.left ? value : null, style });
  };
  const f = SEED.funds;
  put('A1:I1', '2024年度部门整体支出绩效自评表', 'title');
  put('A2:B2', '市级预算部门名称');
  put('C2:I2', '岳阳市信访局\u3000');
  put('A3:A9', '年度预\n算申请\n（万元）');
  put('B3', null);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率'].forEach((h, i) => put(`${String.fromCharCode(67 + i)}3`, h));
  put('H3:I3', '得分');
  put('B4', '年度资金总额');
  put('C4', f.initialBudget);
  put('D4', f.adjustedBudget);
  put('E4', f.executed);
  put('F4', f.weight);
  put('G4', f.executionRateText);
  put('H4:I4', f.score);
  put('B5:D5', '按收入性质分：');
  put('E5:I5', '按支出性质分：');
  put('B6:D6', '  其中：  一般公共预算：962.34');
  put('E6:I6', '其中：基本支出：586.11');
  put('B7:D7', '政府性基金拨款：');
  put('E7:I7', '项目支出：376.23');
  put('B8:D8', '纳入专户管理的非税收入拨款：');
  put('E8:I8', null);
  put('B9:D9', '其他资金：224.62');
  put('E9:I9', null);
  put('A10:A11', '年度总体目标');
  put('B10:E10', '预期目标');
  put('F10:I10', '实际完成情况\u3000');
  put('B11:E11', SEED.goalExpected);
  put('F11:I11', SEED.goalActual);
  put('A12:A23', '绩\n效\n指\n标');
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) =>
    put(`${String.fromCharCode(66 + i)}12`, h),
  );
  put('B13:B17', '产出指标');
  put('B18:B21', '效益指标\n\n\u3000');
  put('B22', '满意度\n指标');
  put('C13', '数量指标');
  put('C14', '质量指标');
  put('C15:C16', '时效指标');
  put('C17', '成本指标');
  put('C18', '经济效\n益指标');
  put('C19', '社会效\n益指标');
  put('C20', '生态效\n益指标');
  put('C21', '可持续影响指标');
  put('C22', '服务对象满意度指标');
  SEED.indicators.forEach(([name, target, actual, weight, score], i) => {
    const row = 13 + i;
    put(`D${row}`, name);
    put(`E${row}`, target);
    put(`F${row}`, actual);
    put(`G${row}`, weight);
    put(`H${row}`, score);
    put(`I${row}`, null);
  });
  put('B23:F23', '总分');
  put('G23', SEED.weightTotal);
  put('H23', SEED.totalScore);
  put('I23', null);

  const seen = new Set<string>();
  for (const c of cells) {
    const k = `${c.row},${c.col}`;
    if (seen.has(k)) throw new Error(`hunan layout: cell ${k} written twice`);
    seen.add(k);
  }
  const heights: Record<number, number> = { 0: 30, 10: 90, 11: 30 };
  for (let r = 12; r <= 21; r++) heights[r] = 42;
  return {
    name: '自评表',
    cells: cells.sort((a, b) => a.row - b.row || a.col - b.col),
    merges,
    columnWidths: [8, 14, 12, 14, 14, 14, 8, 8, 16],
    rowHeights: heights,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true },
  };
}

// ---------------------------------------------------------------------------------------------

function repoRoot(): string {
  const root = process.cwd();
  const pkg = path.join(root, 'package.json');
  if (!fs.existsSync(pkg) || JSON.parse(fs.readFileSync(pkg, 'utf8')).name !== 'jixiao') {
    throw new Error(`run from the jixiao repository root (cwd is ${root})`);
  }
  return root;
}

/** When compiled outside the repository (/tmp/bs), let `require('exceljs')` find the repo's node_modules. */
function useRepoNodeModules(root: string): void {
  const nm = path.join(root, 'node_modules');
  process.env.NODE_PATH = [nm, process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  (Module as unknown as { _initPaths(): void })._initPaths();
}

/** Save `xlsx` through LibreOffice Calc (shared strings, its own styles), as an office suite would. */
function saveWithLibreOffice(xlsx: Uint8Array, outFile: string): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lo-'));
  const inDir = path.join(work, 'in');
  const outDir = path.join(work, 'out');
  fs.mkdirSync(inDir);
  fs.mkdirSync(outDir);
  const inFile = path.join(inDir, path.basename(outFile));
  fs.writeFileSync(inFile, xlsx);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, inFile],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const converted = path.join(outDir, path.basename(outFile));
  if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not write ${converted}`);
  fs.copyFileSync(converted, outFile);
  fs.rmSync(work, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const root = repoRoot();
  useRepoNodeModules(root);
  const { renderLayoutsXlsx } = await import('../src/cli/exceljs-layout');
  const outDir = path.join(root, 'samples');
  fs.mkdirSync(outDir, { recursive: true });

  const templateFile = path.join(outDir, 'seed-template.xlsx');
  fs.writeFileSync(templateFile, await renderLayoutsXlsx(seedTemplateLayouts()));
  console.log(`wrote ${path.relative(root, templateFile)}`);

  const pastedFile = path.join(outDir, 'seed-hunan-pasted.xlsx');
  saveWithLibreOffice(await renderLayoutsXlsx([hunanPastedLayout()]), pastedFile);
  console.log(`wrote ${path.relative(root, pastedFile)} (saved by LibreOffice)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

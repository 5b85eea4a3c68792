/** Issue 11 class 4: instruction text recognised by its general shape; real answers are not. */
import { isInstructionText } from '../../../../src/core/checks/indicators/placeholder';

describe('instruction text by shape', () => {
  it.each([
    '对照年度目标，说明相关任务目标的完成情况（100字以内）',
    '结合自评情况，……（200字以内）',
    '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因……',
    '对照年度目标，说明相关任务目标的完成情况',
    '结合自评情况，分析存在的问题',
    '（200字以内）',
    '说明：请填写未完成原因',
    '请填写偏差原因',
    '填报说明：本表金额单位为万元',
    '简要说明项目实施中存在的问题……',
    '2、预算执行率=预算执行数÷调整后预算数，执行率低于90%的应说明原因',
  ])('instruction: %s', (t) => expect(isInstructionText(t)).toBe(true));

  it.each([
    '对照年度目标，项目全面完成，养护里程125公里',
    '年中追加20万元用于水毁修复；部分工程跨年实施，执行率偏低',
    '执行率=96/120=80%，需说明的是部分工程跨年实施',
    '根据省厅要求，完成了全部120公里养护任务',
    '根据年度计划，提出了三项改进措施：一是加强预算编制，二是加快执行进度，三是完善绩效跟踪机制',
    '部分工程受汛期影响跨年实施，预算执行率偏低',
    '加强项目前期工作，加快实施进度',
    '完成',
    '无',
  ])('answer: %s', (t) => expect(isInstructionText(t)).toBe(false));
});

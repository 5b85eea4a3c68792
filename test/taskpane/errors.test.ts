import { describeError, PaneError } from '../../src/taskpane/errors';
import { HostError } from '../../src/hosts/ports';

describe('describeError: a Chinese title and every cause, never swallowed', () => {
  test.each<[string, unknown, string | undefined, { title: string; causes: string[] }]>([
    [
      'HostError with an Office.js cause carrying a code',
      new HostError('写入 Excel 单元格失败', { cause: Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' }) }),
      undefined,
      { title: '写入 Excel 单元格失败', causes: ['The request payload size has exceeded the limit.（RequestPayloadSizeLimitExceeded）'] },
    ],
    ['PaneError without cause', new PaneError('请重新计算'), undefined, { title: '请重新计算', causes: [] }],
    ['nested causes', new HostError('外层', { cause: new Error('中间', { cause: new Error('最内层') }) }), undefined, { title: '外层', causes: ['中间', '最内层'] }],
    ['a plain Error uses the action title', new Error('boom'), '检查失败', { title: '检查失败', causes: ['boom'] }],
    ['a thrown string', '出错了', '检查失败', { title: '检查失败', causes: ['出错了'] }],
    ['a thrown object', { code: 42 }, undefined, { title: '操作失败', causes: ['{"code":42}'] }],
  ])('%s', (_name, error, fallback, expected) => {
    expect(describeError(error, fallback)).toEqual(expected);
  });
});

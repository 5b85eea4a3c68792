/** Files the batch page takes from a drop or a picker: folders recursed, paths relative to the chosen folder, sorted. */
import { pickedFromDrop, pickedFromInput, rootsOfDrop, type EntryLike, type FileLike, type ItemLike } from '../../src/batch-page/collect';

const file = (name: string, webkitRelativePath = ''): FileLike => ({ name, size: 1, webkitRelativePath });

/** A folder entry whose reader hands out its children `page` at a time (Chromium: at most 100 a call). */
function dir(name: string, children: EntryLike[], page = 100): EntryLike {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let at = 0;
      return {
        readEntries(ok) {
          const batch = children.slice(at, at + page);
          at += batch.length;
          setTimeout(() => ok(batch), 0);
        },
      };
    },
  };
}

function fileEntry(name: string, fail?: string): EntryLike {
  return {
    isFile: true,
    isDirectory: false,
    name,
    file(ok, err) {
      if (fail) err!(Object.assign(new Error(fail), { name: fail }));
      else ok(file(name));
    },
  };
}

const item = (entry: EntryLike | null, f: FileLike | null = null): ItemLike => ({ kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => f });

describe('pickedFromInput', () => {
  test('a picked folder (webkitdirectory): its name dropped, subfolders kept, non-workbooks, ~$ lock files and hidden files/folders skipped (as the CLI), sorted', () => {
    const picked = pickedFromInput([
      file('b.xlsx', '各单位报送/乡镇/b.xlsx'),
      file('a.xlsx', '各单位报送/a.xlsx'),
      file('说明.txt', '各单位报送/说明.txt'),
      file('报告.docx', '各单位报送/报告.docx'),
      file('~$a.xlsx', '各单位报送/~$a.xlsx'),
      file('旧.xls', '各单位报送/旧.xls'),
      file('c.ET', '各单位报送/c.ET'),
      file('.hidden.xlsx', '各单位报送/.hidden.xlsx'),
      file('x.xlsx', '各单位报送/.git/x.xlsx'),
    ]);
    // Code-point order: 乡 U+4E61 < 报 U+62A5 < 旧 U+65E7.
    expect(picked.map((p) => p.path)).toEqual(['a.xlsx', 'c.ET', '乡镇/b.xlsx', '报告.docx', '旧.xls']);
  });

  test('plain multi-file pick: bare names', () => {
    const files = [file('z.xlsx'), file('a.xlsm'), file('x.csv')];
    expect(pickedFromInput(files).map((p) => p.path)).toEqual(['a.xlsm', 'z.xlsx']);
  });
});

describe('pickedFromDrop', () => {
  test('one dropped folder: recursed, paths relative to it, every page of readEntries read', async () => {
    const many = Array.from({ length: 250 }, (_, i) => fileEntry(`单位${String(i).padStart(3, '0')}.xlsx`));
    const roots = rootsOfDrop([item(dir('报送', [fileEntry('说明.txt'), dir('乡镇', [fileEntry('b.xlsx'), dir('更深', [fileEntry('c.xlsx')])]), ...many], 100))]);
    const picked = await pickedFromDrop(roots);
    expect(picked).toHaveLength(252);
    // Code-point order, as the CLI: 乡 U+4E61 < 单 U+5355.
    expect(picked.slice(0, 3).map((p) => p.path)).toEqual(['乡镇/b.xlsx', '乡镇/更深/c.xlsx', '单位000.xlsx']);
    expect(picked[251].path).toBe('单位249.xlsx');
  });

  test('two folders and a loose file: folder names kept in front', async () => {
    const roots = rootsOfDrop([item(dir('甲', [fileEntry('a.xlsx')])), item(fileEntry('x.xlsx'), file('x.xlsx')), item(dir('乙', [fileEntry('a.xlsx')]))]);
    expect((await pickedFromDrop(roots)).map((p) => p.path)).toEqual(['x.xlsx', '乙/a.xlsx', '甲/a.xlsx']) // code-point order: 乙 U+4E59 < 甲 U+7532;
  });

  test('a file that cannot be opened is kept with its reason (it becomes an 无法读取 row), the others go on', async () => {
    const picked = await pickedFromDrop(rootsOfDrop([item(dir('d', [fileEntry('ok.xlsx'), fileEntry('gone.xlsx', 'NotFoundError')]))]));
    expect(picked).toEqual([
      { path: 'gone.xlsx', error: '文件已不存在（可能已被移动或删除）' },
      { path: 'ok.xlsx', file: expect.objectContaining({ name: 'ok.xlsx' }) },
    ]);
  });

  test('items without an entry (a synthetic drop) fall back to getAsFile; non-file items are ignored', async () => {
    const roots = rootsOfDrop([item(null, file('a.xlsx')), { kind: 'string', getAsFile: () => null }]);
    expect((await pickedFromDrop(roots)).map((p) => p.path)).toEqual(['a.xlsx']);
  });
});

/**
 * The code cites the domain rules as "RULES §x" (docs/RULES.md, the project's own account of
 * them): every section a comment, test or script cites must exist in that page, and nothing
 * still points to a specification the repository does not carry.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') filesUnder(p, out);
    } else if (/\.(ts|tsx|js|json|md)$/.test(e.name)) out.push(p);
  }
  return out;
}

const sources = ['src', 'test', 'scripts', 'samples'].flatMap((d) => filesUnder(path.join(ROOT, d)));
const rulesPage = fs.readFileSync(path.join(ROOT, 'docs', 'RULES.md'), 'utf8');
const sections = new Set([...rulesPage.matchAll(/^#{2,4} §(\d+(?:\.\d+)*)\b/gm)].map((m) => m[1]));

describe('docs/RULES.md is what the code cites', () => {
  it('has the sections of its own contents line (§1 … §7)', () => {
    for (const s of ['1', '1.1', '2', '2.1', '2.2', '2.3', '2.4', '3', '3.1', '4', '4.1', '4.2', '4.3', '5', '6', '7']) expect(sections).toContain(s);
  });

  it('every "RULES §x" cited in src, test, scripts and samples is a section of docs/RULES.md', () => {
    const missing: string[] = [];
    let citations = 0;
    for (const file of sources) {
      const text = fs.readFileSync(file, 'utf8');
      // "RULES §3", "RULES §2.1", and lists such as "RULES §2.3, §4" (each § of the list).
      for (const m of text.matchAll(/RULES (§\d+(?:\.\d+)*(?:(?:, | and | or |\/)§\d+(?:\.\d+)*)*)/g)) {
        for (const n of m[1].matchAll(/§(\d+(?:\.\d+)*)/g)) {
          citations++;
          const cited = n[1].replace(/\.$/, '');
          if (!sections.has(cited)) missing.push(`${path.relative(ROOT, file)}: RULES §${cited}`);
        }
      }
    }
    expect(citations).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('no source still cites the external specification (SPEC §x), which a clone does not carry', () => {
    const stale = sources.filter((f) => f !== __filename && /\bSPEC §/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(stale).toEqual([]);
  });
});

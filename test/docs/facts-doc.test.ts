import * as fs from 'fs';
import * as path from 'path';
import { FACTS_DOC_COMMAND, FACTS_DOC_PATH, renderFactsDoc } from '../../scripts/lib/facts-doc';
import { ALL_ROWS } from '../../scripts/lib/all-rows';
import { SOURCES } from '../../miniprogram/domain/sources/source-table';

const FILE = path.resolve(__dirname, '../..', FACTS_DOC_PATH);

describe('docs/facts.md', () => {
  const rendered = renderFactsDoc();

  it('is what the domain renders now (else run the command it names)', () => {
    const committed = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
    const fresh = committed === rendered;
    // The message is the fix: regenerate, review the diff, commit it.
    expect(fresh ? 'fresh' : `${FACTS_DOC_PATH} is stale: run \`${FACTS_DOC_COMMAND}\` and commit the result`).toBe(
      'fresh',
    );
  });

  it('has every row once, each shown somewhere, with its checked date and every source address', () => {
    const headings = rendered.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(ALL_ROWS.map((row) => `### ${row.id}`));
    const blocks = rendered.split('\n### ').slice(1);
    for (const [i, row] of ALL_ROWS.entries()) {
      const block = blocks[i];
      expect([row.id, /Shown on 所在页面: \S/.test(block)]).toEqual([row.id, true]);
      expect([row.id, block.includes(`**最后核对 Last checked**: ${row.checked}`)]).toEqual([row.id, true]);
      for (const key of row.sources) {
        const url = SOURCES[key].url;
        expect([row.id, key, block.includes(url ? `<${url}>` : `\`${key}\``)]).toEqual([row.id, key, true]);
      }
    }
  });

  it('marks reported and inferred words in both languages', () => {
    expect(rendered).toContain('【据报道】');
    expect(rendered).toContain('【Reported】');
    expect(rendered).toContain('【建议】');
    expect(rendered).toContain('【Advice】');
  });
});

import { tCount } from '../../miniprogram/domain/library/i18n/strings';
import { STRING_TABLES } from '../helpers/strings';

// A count of one reads in the singular in English ("1 step", not "1 steps"); Chinese has one form for both.
describe('strings that count', () => {
  const counted = STRING_TABLES.flatMap((table) =>
    Object.keys(table.zh)
      .filter((key) => key.endsWith('.one'))
      .map((one) => ({ table, one, many: one.slice(0, -'.one'.length) })),
  );

  it('each have a plural beside the singular, the same in Chinese and different in English', () => {
    expect(counted.map(({ one }) => one).sort()).toEqual([
      'about.factCount.one',
      'plan.unstated.one',
      'section.hintItems.one',
      'section.hintSteps.one',
      'section.hintStepsTime.one',
    ]);
    for (const { table, one, many } of counted) {
      const zh = table.zh as Record<string, string>;
      const en = table.en as Record<string, string>;
      expect([one, zh[one]]).toEqual([one, zh[many]]);
      expect([one, en[one]]).not.toEqual([one, en[many]]);
    }
  });

  it("read as a plan's unstated steps and about's citations do", () => {
    expect(tCount('plan.unstated', 1, 'en')).toBe('1 other step gives no time');
    expect(tCount('plan.unstated', 2, 'en')).toBe('2 other steps give no time');
    expect(tCount('plan.unstated', 1, 'zh')).toBe('另有 1 个步骤没有公开的时长');
    expect(tCount('about.factCount', 1, 'en')).toBe('cited by 1 item');
    expect(tCount('about.factCount', 3, 'en')).toBe('cited by 3 items');
  });
});

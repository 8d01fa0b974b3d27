import * as fs from 'fs';
import * as path from 'path';
import { renderPage } from '../helpers/simulate';
import { installWxMock } from '../helpers/wx-mock';

beforeEach(() => {
  installWxMock();
});

/**
 * The quiz step renders before its question arrives on some frameworks (glass-easel, which Skyline uses): its WXS
 * must read options that are still undefined as "nothing chosen" instead of throwing.
 */
/** options.wxs as WeChat runs it: an ES5 module (simulate's WXS runtime forgives what glass-easel does not). */
function optionsWxs(): { selected(o: unknown): string; checkedIds(o: unknown): string[] } {
  const source = fs.readFileSync(
    path.resolve(__dirname, '../../miniprogram/pages/quiz/question-step/options.wxs'),
    'utf8',
  );
  const module = { exports: {} as ReturnType<typeof optionsWxs> };
  new Function('module', source)(module);
  return module.exports;
}

describe('question-step', () => {
  it('reads options that are not there yet as nothing chosen, in its WXS', () => {
    const wxs = optionsWxs();
    expect(wxs.selected(undefined)).toBe('');
    expect(wxs.checkedIds(undefined)).toEqual([]);
    expect(
      wxs.selected([
        { id: 'a', checked: false },
        { id: 'b', checked: true },
      ]),
    ).toBe('b');
    expect(
      wxs.checkedIds([
        { id: 'a', checked: true },
        { id: 'b', checked: true },
      ]),
    ).toEqual(['a', 'b']);
  });

  it('renders with a question that has no options yet', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const step = await renderPage('pages/quiz/question-step/question-step', {}, { question: { title: '谁来申请？' } });
    expect(step.text()).toContain('谁来申请？');
    expect(step.$$('.option')).toHaveLength(0);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    step.detach();
  });

  it('shows the chosen option of a question that has them', async () => {
    const question = {
      id: 'entity',
      title: '谁来申请？',
      multi: false,
      options: [
        { id: 'individual', label: '个人', checked: false },
        { id: 'enterprise', label: '企业', checked: true },
      ],
    };
    const step = await renderPage('pages/quiz/question-step/question-step', {}, { question });
    expect(step.$$('.option')).toHaveLength(2);
    expect(step.text()).toContain('企业');
    step.detach();
  });
});

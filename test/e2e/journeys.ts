/**
 * The end-to-end journeys, replayed by the browser preview driver (`npm run test:e2e`, preview/e2e/run.js)
 * and by the WeChat DevTools driver. Add a journey by appending to `journeys`; the step format is in
 * ./journey.ts. Tap by the text a user sees (or an aria-label), expect text a user reads.
 */
import { Journey, Step } from './journey';

export const HOME = 'pages/home/home';

/** The four account types as the home page names them. */
export const ACCOUNT_TYPE_NAMES = ['服务号', '订阅号', '企业微信', '小程序'] as const;

const expectAll = (texts: readonly string[]): Step[] => texts.map((expectText) => ({ expectText }));

export const journeys: Journey[] = [
  {
    name: 'home lists the four account types',
    steps: [
      { open: HOME },
      { expectPage: HOME },
      { expectText: '微信账号选型指南' },
      ...expectAll(ACCOUNT_TYPE_NAMES),
      { screenshot: 'home' },
    ],
  },
  // Next, when the pages land (sketch):
  // { name: 'quiz recommends a type and the share link reopens it', steps: [
  //   { open: 'pages/quiz/quiz' }, { tap: '个人' }, { tap: '下一步' }, …, { expectPage: 'pages/result/result' },
  //   { expectText: '推荐' }, { screenshot: 'result' }, { openSharePath: true }, { expectPage: 'pages/result/result' } ] },
];

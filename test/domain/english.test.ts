/**
 * @jest-environment node
 */
import fc from 'fast-check';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { aboutPageData } from '../../miniprogram/domain/guide-views/about-view';
import { accountPageData, accountSectionItems } from '../../miniprogram/domain/guide-views/account-page';
import { homePageData } from '../../miniprogram/domain/library/guide/account-views';
import { comparePageData } from '../../miniprogram/domain/guide-views/comparison';
import { overseasPageData, overseasSectionItems } from '../../miniprogram/domain/guide-views/overseas-view';
import { allStrings } from '../helpers/strings';
import { launchPlan } from '../../miniprogram/domain/library/plan/launch-plan';
import { planPageData } from '../../miniprogram/domain/library/plan/plan-view';
import { QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { quizPageData } from '../../miniprogram/domain/quiz/quiz-view';
import { resultLoadData } from '../../miniprogram/domain/result-views/result-view';
import { exportedTexts, stringsIn } from '../helpers/domain-texts';
import { answersArb } from './answers-arbitrary';
import { PERSONAS } from './personas';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import * as sourcesPackage from '../../miniprogram/domain/sources/sources';

/**
 * EDITORIAL.md rule 8: the English UI is English. Chinese may follow an English term in brackets, "individual
 * business (个体工商户)", where the reader will meet that Chinese label in WeChat's or a government's own screens;
 * the bracket opens with the Chinese label (a note in English may follow it). Nothing else in English is Chinese.
 */
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
/** A bracket's label: up to its first ", " or "; ", with Chinese in it, opening with Chinese or a name ("URL Scheme
 * 和 URL Link 优化公告"), never with English words ("incl. 个体工商户"). */
const isLabel = (inner: string): boolean => {
  const label = inner.split(/[,;] /)[0];
  return CJK.test(label) && /^[\u3400-\u9fffA-Z]/.test(label);
};

/** The app's name as the reader types it into WeChat's search, quoted. */
const APP_NAME = '“微信账号选型指南”';

/** What is left of an English string once the allowed "English (中文…)" brackets are taken out. */
export function unglossed(text: string): string {
  let rest = text.split(APP_NAME).join('');
  // Innermost brackets first, so "(特种行业许可证（旅馆业）)" and "(a (b) c)" come out whole.
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/(\S)\s*\(([^()]*)\)/g, (whole, prev: string, inner: string) => {
      if (!CJK.test(inner)) return `${prev} ${inner.replace(/[()]/g, '')}`;
      return isLabel(inner) && !CJK.test(prev) ? prev : whole;
    });
    rest = rest.replace(/（[^（）]*）/g, (inner) => (isLabel(inner.slice(1, -1)) ? '' : inner));
  }
  return rest;
}

/** Labels in Chinese on purpose: the switch back to Chinese, and the app's Chinese name under its English one. */
const CHINESE_ON_PURPOSE = ['中文', '切换到中文', '微信账号选型指南'];

/** Abbreviations a reader would have to guess ("WD" for working days). */
const CLIPPED = /\bWDs?\b/;

const offending = (texts: readonly string[]): string[] =>
  [...new Set(texts)].filter(
    (text) =>
      CLIPPED.test(text) || (!/^https?:/.test(text) && !CHINESE_ON_PURPOSE.includes(text) && CJK.test(unglossed(text))),
  );

it('keeps Chinese out of the English string table, but in brackets after English', () => {
  expect(offending(Object.values(allStrings('en')))).toEqual([]);
});

it('keeps Chinese out of every English fact, source title, rule and option', () => {
  expect(offending(exportedTexts('en'))).toEqual([]);
});

it('keeps Chinese out of every English page view', () => {
  const views: unknown[] = [homePageData('en', false), aboutPageData('en', sourcesPackage), overseasPageData('en')];
  for (let i = 0; i < 12; i += 1) views.push(overseasSectionItems(i, 'en'));
  for (const type of ACCOUNT_TYPE_IDS) {
    views.push(accountPageData(type, 'en'));
    for (let i = 0; i < 20; i += 1) views.push(accountSectionItems(type, i, 'en'));
    for (const other of ACCOUNT_TYPE_IDS)
      views.push(comparePageData({ mode: 'pair', pair: [type, other], onlyDiff: true }, 'en'));
  }
  for (const onlyDiff of [true, false]) views.push(comparePageData({ mode: 'all', pair: [], onlyDiff }, 'en'));
  QUESTIONS.forEach((_q, step) =>
    views.push(quizPageData({ step, answers: {}, resumed: false, upgraded: false }, 'en')),
  );
  const answerSets = [...Object.values(PERSONAS), ...fc.sample(answersArb, { numRuns: 300 })];
  for (const answers of answerSets) {
    views.push(resultLoadData(recommend(answers), answers, 'en', true).payload);
    const plan = launchPlan(answers, recommend);
    if (plan) views.push(planPageData(plan, answers.entity, [], true, 'en'));
  }
  expect(offending(views.flatMap((view) => stringsIn(view, ['zh', 'url'])))).toEqual([]);
});

it('would catch bare Chinese and let the bracketed label through', () => {
  expect(
    offending([
      'choose 服务号',
      'Organisations only (incl. 个体工商户)',
      'a 微信小店 needs no mini program',
      '(公众号) first',
      '1–3 WD after payment',
    ]),
  ).toHaveLength(5);
  expect(
    offending([
      'an individual business (个体工商户)',
      'a special trade licence for hotels (特种行业许可证（旅馆业）)',
      'Categories (服务类目, with documents if sensitive)',
      'Search for “微信账号选型指南” in WeChat',
      'Notice (URL Scheme 和 URL Link 优化公告)',
    ]),
  ).toEqual([]);
});

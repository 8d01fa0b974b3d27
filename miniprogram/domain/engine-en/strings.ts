import type { EngineKey } from '../result-views/i18n/zh';

/**
 * English UI strings of the recommendation subpackage (the result, its setup and reasons): the same keys as its zh.ts
 * (a missing or extra key is a compile error). They download with engine-en, for an English reader only.
 */
export const ENGINE_EN: Record<EngineKey, string> = {
  'share.result': 'My WeChat setup: {setup}',
  'share.resultNative': 'My needs may call for a native app',
  'result.headline': 'We recommend',
  'result.score': 'Fit {score}/100',
  'result.because': 'Because you said',
  'result.drawbacks': 'Keep in mind',
  'result.runnerUp': 'Runner-up',
  'result.runnerUpLine': 'Runner-up: {name}',
  'result.blockers': 'Not open to you',
  'result.cautions': 'Before you choose: some of this cannot be undone',
  'result.others': 'Why not the others',
  'result.blocked': 'Not open',
  'result.combinations': 'Common combinations',
  'result.weaker': 'A weaker match for your answers.',
  'result.nextSteps': 'Next steps',
  'result.details': 'Details',
  'result.notes': 'Notes',
  'result.noGoodFit': 'None of the four types fits your needs well',
  'result.shared': 'A friend shared this result with you.',
  'result.openInApp': 'Open the mini program to take the quiz and get your own result',
  'result.retake': 'Retake the quiz',
  'result.share': 'Share with a friend',
  'result.poster': 'Make a poster',
  'result.empty': 'No result yet: answer a few questions to get a recommendation.',
  'result.cardHeadline': 'My WeChat setup',
  'result.posterFooter': 'Scan the code to find the WeChat account that fits you',
  'result.posterLink': 'Search for the mini program “微信账号选型指南” in WeChat to take the quiz',
  'result.posterQrFooter': 'Scan in WeChat to open this result and find your own type',
  'setup.title': 'Your setup',
  'setup.build.none': 'nothing to build',
  'setup.build.own': 'built by your developers',
  'setup.build.agency': 'built by an agency you pay',
  'setup.build.provider': "a provider's ready-made {kind}mini program, rented",
  'setup.role.notices': 'for notices',
  'setup.role.articles': 'for articles',
  'setup.role.staff': 'for your staff',
  'setup.optional': 'optional',
  'setup.noFiling': 'no ICP filing',
  'setup.or': '{a} or {b}',
  'setup.covers': 'Covers: {goals}',
  'setup.covers.optional': 'Optional: service notices to customers',
  'setup.covers.none': 'The closest fit to your answers',
  'setup.unreached.sell':
    'As an individual you cannot take WeChat Pay on any account: to sell, register as an individual business (个体工商户) first.',
  'setup.unreached.payment':
    'As an individual you cannot take WeChat Pay on any account: to take payment, register as an individual business (个体工商户) first.',
  'setup.path.shop':
    'Register as an individual business (个体工商户), open a WeChat Shop (微信小店; no mini program needed) and promote it from an official account (公众号) or Channels (视频号)',
  'setup.licence.catering': 'An ordering or takeaway mini program needs a food business licence (食品经营许可证).',
  'setup.licence.retail':
    'Selling your own food and drink needs a food business licence (食品经营许可证), a food production licence (食品生产许可证) or a pre-packaged food sales filing (预包装食品销售备案凭证); clothing needs none listed.',
  'setup.licence.education':
    'A training institution needs a private school licence (民办学校办学许可证) plus its business licence or registration.',
  'setup.licence.health':
    'A clinic or hospital needs a medical institution licence (医疗机构执业许可证) or a clinic filing (诊所备案证); online consultation needs the internet-hospital category.',
  'setup.licence.finance': 'A bank or trust needs a financial licence (金融许可证 or 金融机构许可证).',
  'setup.licence.travel':
    'A travel agency needs a travel agency licence (旅行社业务经营许可证); hotel and B&B booking needs a licence covering accommodation, or a special trade licence for hotels (特种行业许可证, 旅馆业).',
  'setup.licenceTitle': 'Licences your trade needs',
  'setup.unreachedTitle': 'What is out of reach, and the nearest path',
  'result.drives': 'Out of 100, 50 is neutral: {plus} reasons add, {minus} take away',
  'result.fit': 'Fit',
  'result.legacy':
    'This result comes from an earlier version of the quiz, which did not ask your trade or how you will build: the advice may be incomplete. You can take the quiz again.',
  'result.alsoFrom': ' (also from your answer: {answers})',
};

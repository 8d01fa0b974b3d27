import { Source } from './types';

// Sources exactly as CONTENT.md names them; shared constants so the about page can group facts by source.

/** "the article" in CONTENT.md: the 2017 source article the guide started from. */
export const ARTICLE: Source = { title: '2017 原文 / the original 2017 article', date: '2017' };

export const ZHOUYAJUN: Source = {
  title: 'zhouyajun.cn "小程序注册注意事项" (citing WeChat\'s mini program access guide)',
  url: 'zhouyajun.cn',
  date: '2018-07-11',
};
export const ITHOME: Source = { title: 'IT之家 "微信公众号注册数量调整"', date: '2018-11-16' };
export const MP_REGISTRATION_PAGE: Source = { title: 'WeChat Official Accounts Platform registration page' };
export const WECHAT_AGENCY: Source = {
  title: 'thewechatagency.com "Difference between a WeChat service account and subscription account"',
  url: 'thewechatagency.com',
};
export const ASIAICT: Source = {
  title: 'asiaict.com "Service Accounts Quietly \'Transform\'"',
  url: 'asiaict.com',
  date: '2024-11-21',
};
export const MASS_SEND_DOCS: Source = {
  title: 'WeChat mass-send interface documentation as quoted in developer write-ups (e.g. CSDN "nodejs微信公众号开发 高级群发接口")',
};
export const WECHATWIKI: Source = { title: 'wechatwiki.com "WeChat Subscription vs. Service Account"', url: 'wechatwiki.com' };
export const CHARKET: Source = { title: 'Charket "Service Account vs Subscription Account"' };
export const CSDN_DIFFERENCE: Source = { title: 'CSDN "服务号与订阅号的区别"', date: '2022' };
export const JIGUANG: Source = { title: 'Jiguang docs "WeChat Official Account Integration"', date: '2023-02-21' };
export const INITSOC: Source = { title: 'initsoc.com', url: 'initsoc.com' };
export const GANNAN: Source = {
  title: 'TechWeb via gannan.cc "微信公众平台公测帐号迁移功能"',
  url: 'gannan.cc',
  date: '2017-03-01',
};
export const JMWTWZ: Source = { title: 'jmwtwz.cn "微信公众号帐号代迁移服务"', url: 'jmwtwz.cn', date: '2020-12-10' };
export const SELLERBY: Source = { title: 'sellerby.com "WeChat quietly launched new regulations…"', url: 'sellerby.com' };
export const NCTORO: Source = { title: 'nctoro.com "怎么微信公众号申请"', url: 'nctoro.com' };
export const W1ZD_README: Source = { title: 'w1zd/wechat-dev README ("企业号(现已升级为企业微信)")' };
export const MP_REGISTRATION_WECOM: Source = { title: 'WeChat platform registration lists 企业微信' };
export const LAUNCH_REPORTS: Source = { title: 'public launch date widely reported' };
export const SUBPACKAGE_DOCS: Source = { title: 'WeChat docs "分包加载"' };
export const MP_DOCS: Source = { title: 'WeChat mini program docs' };
export const WXACODE_DOCS: Source = { title: 'WeChat server API docs, wxacode.getUnlimited' };

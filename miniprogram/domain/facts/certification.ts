import { ARTICLE, NCTORO } from './sources';
import { CHECKED, Fact } from './types';

const BENEFIT = {
  zh: '获得更多功能和权限，以及官方认证标识，帮助用户决定是否关注。',
  en: 'More functions and permissions, and an official mark that helps people decide to follow.',
};

/** CONTENT.md "Certification (微信认证), both official-account types". */
export const CERTIFICATION_FACTS: readonly Fact[] = [
  {
    id: 'cert.fee',
    seed: { zh: '每次审核 300 元；每年需重新认证。', en: '300 yuan per review; annual re-certification required.' },
    now: {
      zh: '中国大陆的组织每年 300 元。据报道的其他方式：部分企业可通过法定代表人人脸识别免费认证；境外主体为 99 美元。',
      en: '300 CNY per year for organisations in mainland China. Reported alternatives: free certification by the legal representative\'s face recognition for some enterprises, and USD 99 for overseas entities.',
    },
    changed: false,
    reported: true,
    sources: [ARTICLE, NCTORO],
    checked: CHECKED,
  },
  {
    id: 'cert.benefit',
    seed: BENEFIT,
    now: BENEFIT, // "Same."
    changed: false,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
];

/**
 * The "setup" column of CONTENT.md's persona table (edition 3), as the recommender has to meet it (issue "The
 * advisor"). The facts test keeps this equal to CONTENT.md, so a persona changed there shows up here first.
 */
export const PERSONA_SETUPS: Record<string, string> = {
  P1: '公众号 (no build needed)',
  P2: '服务号 + 小程序 (own developers)',
  P3: '企业微信',
  P4: '小程序 (own developers)',
  P5: 'path, not a type: register a 个体工商户 → open a 微信小店 (no mini program needed) → promote it from a 公众号 or Channels',
  P6: '公众号',
  P7: '服务号',
  P8: 'none fits well: a native app may be needed',
  P9: "小程序 rented from a provider (a ready-made ordering template, under the restaurant's own account), WeChat Pay as a sub-merchant through the provider; 服务号 optional for notices",
  P10: 'overseas mini program (no ICP filing) or an overseas service account',
  P11: '小程序 through a provider + 服务号 for notices',
  P12: '小程序 built by the agency + 公众号 or 服务号 for articles',
};

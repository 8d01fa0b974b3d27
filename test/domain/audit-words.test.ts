/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_ROWS } from '../../scripts/lib/all-rows';
import { rowParts } from '../../scripts/lib/row-parts';
import { literals, tsFiles } from '../helpers/source-literals';

/**
 * EDITORIAL.md rule 2: CONTENT.md's "now" cells were written as a check against the 2017 article, and words like
 * "Same", "同样", "Changed:", "定位不变" or "as lp.sub.3" are notes for editors. No sentence a reader sees may carry
 * them, nor call a cost free because no rule names a fee (rule 5). Checked over every string literal of the
 * mini program (facts, views, rules, string tables, pages) and over every part of every fact as pages show it.
 */
const AUDIT: readonly RegExp[] = [
  /(^|[。；！？]\s*)同样/,
  /(^|[.;!?]\s+)Same\b/,
  /Same (advice|positioning)/,
  /有变化：|部分有变化/,
  /\bChanged( in part)?:/,
  /定位不变/,
  /仍是这一表述/,
  /keeps? (the|this) wording/,
  /\bas lp\.[a-z]/,
  /可视为免费|treat it as free/,
  /来源中没有这项限制|No such rule in the sources/,
  // A change since 2017 is the drawer's and the about page's to tell, not a lead-in on a result.
  /^2017 年以来的变化：|^Since 2017: /,
];
/** A row id read out to the reader ("(svc.template)"): pages name the thing instead. Web addresses are not ids. */
const ROW_ID = /\b(?:who|svc|sub|cert|ent|mp|lp|comp|prov|pay|nocode|os|cat)\.(?!weixin\b|qq\b)[a-z0-9*]+/;

const ROOT = path.resolve(__dirname, '../../miniprogram');
const audited = (text: string): boolean => AUDIT.some((word) => word.test(text));

it('no string of the mini program carries audit wording', () => {
  const found = tsFiles(ROOT).flatMap((file) =>
    literals(fs.readFileSync(file, 'utf8'))
      .filter(audited)
      .map((text) => `${path.relative(ROOT, file)}: ${text}`),
  );
  expect(found).toEqual([]);
});

it('no part of a fact, step or companion carries audit wording or a row id', () => {
  const found = ALL_ROWS.flatMap((row) =>
    rowParts(row).flatMap((part) =>
      [part.zh, part.en].filter((text) => audited(text) || ROW_ID.test(text)).map((text) => `${row.id}: ${text}`),
    ),
  );
  expect(found).toEqual([]);
});

it('would catch each kind', () => {
  const samples = [
    '同样：服务号不能改为公众号',
    'Same: a service account',
    '定位不变，2025 年的文档仍是这一表述。',
    'the doc keeps this wording',
    'as lp.sub.3',
    '小程序有变化：企业',
    'none found: treat it as free',
    '2017 年以来的变化：2024 年 6 月起',
  ];
  expect(samples.filter(audited)).toEqual(samples);
  expect(['服务号的模板消息同样需要认证', 'the same day', 'mp.weixin.qq.com'].filter(audited)).toEqual([]);
  expect(['(svc.template)', 'see lp.prov.*'].every((s) => ROW_ID.test(s))).toBe(true);
  expect(ROW_ID.test('Register at mp.weixin.qq.com')).toBe(false);
});

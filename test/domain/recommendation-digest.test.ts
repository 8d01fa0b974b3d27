/**
 * @jest-environment node
 */
import { createHash } from 'crypto';
import { forEachCompleteAnswers } from '../../miniprogram/domain/quiz/answer-space';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';

/**
 * A pinned digest of recommend() over every complete answer set: how many get each top pick, and a hash of every
 * top pick and runner-up in enumeration order. Any change of a rule, a weight or a tie-break that moves even one
 * answer set changes it, so the change must be looked at and this file updated on purpose, with the reason.
 */
it('ranks all 160,704 complete answer sets exactly as reviewed', () => {
  const hash = createHash('sha256');
  const tops: Record<string, number> = {};
  const n = forEachCompleteAnswers((a) => {
    const rec = recommend(a);
    const top = rec.top ?? 'none';
    tops[top] = (tops[top] ?? 0) + 1;
    hash.update(`${top}>${rec.runnerUp ?? 'none'};`);
  });
  expect(n).toBe(160704);
  // Edition 2 (content of 2026-11-24). "none": native = yes, where no type fits well (a third of all sets).
  expect(tops).toEqual({ none: 53568, subscription: 11892, miniprogram: 29128, service: 46420, enterprise: 19696 });
  expect(hash.digest('hex')).toBe('53b4a3f1ba3f77eef93a24d863487dafe9c115412b121148a37e821d135491e5');
}, 120_000);

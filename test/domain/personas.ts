import { Answers } from '../../miniprogram/domain/quiz/questionnaire';

/**
 * The personas of CONTENT.md "Expected recommendations" (edition 3), put into questionnaire answers (v2). P1–P8
 * answered "no developer" in version 1; in version 2 that is "not sure yet" (P1, P3, P5, P7), and "developers" is
 * "our own developers".
 */
export const PERSONAS: Record<string, Answers> = {
  P1: {
    entity: 'individual',
    goals: ['content'],
    frequency: 'daily',
    audience: 'public',
    payment: 'no',
    build: 'unsure',
  },
  P2: {
    entity: 'enterprise',
    goals: ['service'],
    trade: 'finance',
    frequency: 'few_monthly',
    audience: 'public',
    payment: 'yes',
    build: 'own',
    certify: 'yes',
  },
  P3: {
    entity: 'enterprise',
    goals: ['internal'],
    frequency: 'rarely',
    audience: 'staff',
    payment: 'no',
    build: 'unsure',
  },
  P4: {
    entity: 'enterprise',
    goals: ['tool'],
    frequency: 'rarely',
    audience: 'public',
    payment: 'yes',
    build: 'own',
  },
  P5: {
    entity: 'individual',
    goals: ['sell'],
    frequency: 'rarely',
    audience: 'public',
    payment: 'yes',
    build: 'unsure',
  },
  P6: {
    entity: 'media',
    goals: ['content'],
    frequency: 'daily',
    audience: 'public',
    payment: 'no',
    build: 'own',
    certify: 'yes',
  },
  P7: {
    entity: 'government',
    goals: ['service'],
    frequency: 'few_monthly',
    audience: 'public',
    payment: 'no',
    build: 'unsure',
    certify: 'yes',
  },
  P8: {
    entity: 'enterprise',
    goals: ['tool'],
    frequency: 'rarely',
    audience: 'public',
    payment: 'no',
    build: 'own',
    native: 'yes',
  },
  // 个体工商户 restaurant: online ordering and WeChat Pay, no developer (rents one), notices a few times a month.
  P9: {
    entity: 'individual_business',
    goals: ['sell'],
    trade: 'catering',
    frequency: 'few_monthly',
    audience: 'public',
    payment: 'yes',
    build: 'rent',
  },
  // Overseas winery: be found, read about, book tastings; no mainland entity.
  P10: {
    entity: 'overseas',
    goals: ['content', 'service'],
    trade: 'other',
    frequency: 'weekly',
    audience: 'public',
    payment: 'no',
    build: 'unsure',
  },
  // Private clinic (company): online bookings and payment, no developer.
  P11: {
    entity: 'enterprise',
    goals: ['service'],
    trade: 'health',
    frequency: 'few_monthly',
    audience: 'public',
    payment: 'yes',
    build: 'rent',
  },
  // Training school (company) with a paid agency: course sign-ups with payment, weekly articles.
  P12: {
    entity: 'enterprise',
    goals: ['content', 'sell'],
    trade: 'education',
    frequency: 'weekly',
    audience: 'public',
    payment: 'yes',
    build: 'agency',
  },
};

/**
 * The query each page is first rendered with for the budget check: the heaviest ordinary entry, so the
 * budget covers what a user really sees (e.g. an account detail, a full result). Pages not listed open
 * with no query. Add an entry when a page starts reading its query.
 */
export const BUDGET_QUERIES: Record<string, Record<string, string>> = {
  'pages/account/account': { type: 'subscription' },
  // quiz & result: the complete answers whose Chinese result is the largest of all (found by enumerating
  // every complete answer set: npm run bench prints it), opened as a friend's shared card.
  'pages/result/result': { a: '25X4TO' },
  // The plan whose first load is the largest (npm run bench finds it).
  'pages/plan/plan': { a: '2LdRxz', own: '1' },
};

/**
 * A thenable that hands over `value` synchronously: a subpackage module that is already there, as require.async
 * gives it once WeChat has the subpackage. The test stand-ins of platform/async-modules.ts answer with it.
 */
export function present<T>(value: T): PromiseLike<T> {
  return {
    then(onFulfilled) {
      // The chained result is never used by the code under test; a real promise keeps the type honest.
      return Promise.resolve(onFulfilled ? onFulfilled(value) : value) as never;
    },
  };
}

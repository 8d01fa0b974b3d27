/** A subpackage download a test ends when it says so: `finish` hands over the module, `fail` rejects as WeChat does. */
export interface Download {
  finish(): void;
  fail(): void;
}

/**
 * Makes the next call of `requireIt` (a jest mock standing in for a function of platform/async-modules.ts) a
 * download of `module` that ends when the test says so; `file` is the module WeChat would name in its error.
 */
export function nextDownload<T>(requireIt: jest.Mock<PromiseLike<T>, []>, module: T, file: string): Download {
  let finish = (): void => undefined;
  let fail = (): void => undefined;
  requireIt.mockReturnValueOnce(
    new Promise<T>((resolve, reject) => {
      finish = () => resolve(module);
      fail = () => reject({ mod: file, errMsg: 'loadSubpackage: fail timeout' });
    }),
  );
  return { finish: () => finish(), fail: () => fail() };
}

import { PageContext, PageSpec } from '../../miniprogram/platform/define-page';

/**
 * Type checks of definePage's typed data (tsc runs them in npm run check and ts-jest here): a handler reads the
 * fields its page declares without casting, and a view that lacks a declared field does not compile.
 */
interface Data {
  count: number;
  poster?: string;
}

export const spec: PageSpec<{ n: number }, Data> = {
  init: () => ({ n: 1 }),
  view: (state) => ({ count: state.n, extra: 'views may carry more' }),
  title: () => '',
  handlers: {
    onTap(ctx: PageContext<{ n: number }, Data>) {
      const count: number = ctx.data.count;
      const poster: string | undefined = ctx.data.poster;
      // @ts-expect-error data is read-only: it changes through setData
      ctx.data.count = 2;
      return [count, poster];
    },
  },
};

export const missing: PageSpec<{ n: number }, Data> = {
  init: () => ({ n: 1 }),
  // @ts-expect-error the view must carry `count`
  view: () => ({ other: 1 }),
  title: () => '',
};

describe('definePage data types', () => {
  it('are checked by the compiler (this file compiles only while they hold)', () => {
    expect(spec.view({ n: 3 }, 'zh')).toEqual({ count: 3, extra: 'views may carry more' });
  });
});

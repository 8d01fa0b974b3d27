/**
 * The one component convention, beside definePage: every component takes the app's shared classes (app.wxss:
 * .section, .muted, .badge, .tap-hover …) through `addGlobalClass`, so no component stylesheet copies them.
 * Typed like WeChat's own Component() (its properties type `this.data`).
 */
export function defineComponent<
  TData extends WechatMiniprogram.Component.DataOption,
  TProperty extends WechatMiniprogram.Component.PropertyOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
>(
  options: WechatMiniprogram.Component.Options<TData, TProperty, TMethod, WechatMiniprogram.Component.BehaviorOption>,
): string {
  return Component({ ...options, options: { ...options.options, addGlobalClass: true } });
}

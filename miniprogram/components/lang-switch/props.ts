import { isLang, Lang } from '../../domain/text';

/** lang-switch's properties, typed (TDesign's props.ts convention). */
export const langSwitchProps = {
  lang: { type: String, value: 'zh' as Lang },
  /** "切换到 English" / "切换到中文", from the page's string table. */
  label: { type: String, value: '' },
  ariaLabel: { type: String, value: '' },
};

/** The `change` event: the language asked for. */
export interface LangChangeDetail {
  lang: Lang;
}

/** The language a `change` event's detail asks for; null for anything else. */
export function chosenLang(detail: unknown): Lang | null {
  const lang = (detail as Partial<LangChangeDetail> | null | undefined)?.lang;
  return isLang(lang) ? lang : null;
}

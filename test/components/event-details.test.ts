import { accountCardProps, openedType } from '../../miniprogram/components/account-card/props';
import { factItemProps } from '../../miniprogram/components/fact-item/props';
import { fitCardProps } from '../../miniprogram/pages/result/fit-card/props';
import { chosenLang, langSwitchProps } from '../../miniprogram/components/lang-switch/props';
import { pickedOption, questionStepProps } from '../../miniprogram/pages/quiz/question-step/props';

describe("components' events, as pages read them", () => {
  it('take a known type, language or option id, and nothing else a binding may carry', () => {
    expect(openedType({ id: 'service' })).toBe('service');
    expect(chosenLang({ lang: 'en' })).toBe('en');
    expect(pickedOption({ id: 'individual' })).toBe('individual');
    for (const odd of [undefined, null, 7, 'service', {}, { id: 'nope' }, { id: ['service'] }, { lang: 'fr' }]) {
      expect(openedType(odd)).toBeNull();
      expect(chosenLang(odd)).toBeNull();
    }
    expect(pickedOption({ id: 3 })).toBeNull();
    expect(pickedOption(null)).toBeNull();
  });
});

describe("components' properties", () => {
  it('default to empty values WXML renders as nothing', () => {
    expect(accountCardProps.card.value).toEqual({});
    expect(factItemProps.lang.value).toBe('zh');
    expect(factItemProps.tone.value).toBe('');
    expect(fitCardProps.compact.value).toBe(false);
    expect(langSwitchProps.lang.value).toBe('zh');
    expect(questionStepProps.question.value).toEqual({});
  });
});

import { useI18n } from 'vue-i18n';

/**
 * A message to show, decided in a composable but worded in the view, so that it follows a language
 * switch and composables stay testable without i18n:
 * - `bilingual`: a rule from `@mcf/contracts`/`@mcf/domain` or a field error of the API, which carry
 *   Chinese (`messageZh`) and English (`message`) wording;
 * - `key`: our own i18n message;
 * - `plain`: text the API already wrote in the UI language (a problem's title).
 */
export type LocalisedText =
  | { kind: 'bilingual'; zh: string; en: string }
  | { kind: 'key'; key: string; params?: Record<string, string | number> }
  | { kind: 'plain'; text: string };

export const bilingual = (zh: string, en: string): LocalisedText => ({ kind: 'bilingual', zh, en });
export const messageKey = (key: string, params?: Record<string, string | number>): LocalisedText =>
  params ? { kind: 'key', key, params } : { kind: 'key', key };
export const plainText = (text: string): LocalisedText => ({ kind: 'plain', text });

/** The view's side: turns a LocalisedText into words in the current UI language. */
export function useLocalisedText() {
  const { t, locale } = useI18n();
  return function text(message: LocalisedText | null | undefined): string | undefined {
    if (!message) return undefined;
    switch (message.kind) {
      case 'bilingual':
        return locale.value === 'en' ? message.en : message.zh;
      case 'key':
        return message.params ? t(message.key, message.params) : t(message.key);
      case 'plain':
        return message.text;
    }
  };
}

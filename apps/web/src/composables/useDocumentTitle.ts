import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Keeps `document.title` as "<page> - <platform>" in the current language. */
export function useDocumentTitle(): void {
  const route = useRoute();
  const { t } = useI18n();
  watchEffect(() => {
    const platform = t('app.title');
    const titleKey = route.meta.titleKey;
    document.title = titleKey && route.name !== 'home' ? `${t(titleKey)} - ${platform}` : platform;
  });
}

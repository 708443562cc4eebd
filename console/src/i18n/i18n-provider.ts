import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { appZh } from './app-zh';
import { raZh } from './ra-zh';

export const DEFAULT_LOCALE = 'zh-CN';

const zh = { ...raZh, ...appZh } as TranslationMessages;

/** English is split into its own chunk: most counters never switch. */
async function english(): Promise<TranslationMessages> {
  const [{ default: raEn }, { appEn }] = await Promise.all([
    import('ra-language-english'),
    import('./app-en'),
  ]);
  return { ...raEn, ...appEn } as TranslationMessages;
}

export const i18nProvider = polyglotI18nProvider(
  (locale) => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
    return locale === 'en' ? english() : zh;
  },
  DEFAULT_LOCALE,
  [
    { locale: 'zh-CN', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  // A key missing from a catalogue shows the key rather than crashing the page.
  { allowMissing: true },
);

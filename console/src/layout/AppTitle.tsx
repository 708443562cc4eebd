import { useTranslate } from 'react-admin';

/** The product name, in the chosen language, where a page sets no title of its own. */
export function AppTitle() {
  const translate = useTranslate();
  return <>{translate('app.title')}</>;
}

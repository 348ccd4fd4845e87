import { useTranslation } from 'react-i18next';
import { FASHION_MNIST } from '../../src-shared/datasets/fashion-mnist';
import { pickLocale } from '../../src-shared/i18n/messages';

/** Fashion-MNIST's class names in the UI language, indexed by label. */
export function useClassNames(): readonly string[] {
  const { i18n } = useTranslation();
  return FASHION_MNIST.classNames[pickLocale(i18n.language)];
}

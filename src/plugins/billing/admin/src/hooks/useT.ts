import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

/** Translated text by key, with the English default next to it in the code. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
};

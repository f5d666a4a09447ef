import { useTranslate } from 'react-admin';
import { apiError, errorKeys } from './api-error';

/** A failed call as a sentence in the user's language (see errorKeys). */
export function useErrorText() {
  const translate = useTranslate();
  return (error: unknown): string => {
    const details = apiError(error);
    return errorKeys(details).reduceRight<string | undefined>(
      (fallback, key) => translate(key, fallback === undefined ? {} : { _: fallback }),
      undefined,
    )!;
  };
}

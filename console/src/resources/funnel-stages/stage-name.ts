import { useLocaleState } from 'react-admin';

export interface NamedStage {
  nameZh: string;
  nameEn: string;
}

export const stageName = (stage: NamedStage | null | undefined, locale: string) =>
  stage ? (locale.startsWith('zh') ? stage.nameZh : stage.nameEn) : '—';

/** Funnel stages are configured data with a name per language: pick the UI's. */
export function useStageName() {
  const [locale] = useLocaleState();
  return (stage: NamedStage | null | undefined) => stageName(stage, locale);
}

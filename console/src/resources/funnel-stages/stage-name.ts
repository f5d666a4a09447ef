import { useLocaleState } from 'react-admin';
import type { StageRefFieldsFragment } from '../../gql/graphql';

export type NamedStage = Pick<StageRefFieldsFragment, 'nameZh' | 'nameEn'>;

export const stageName = (stage: NamedStage | null | undefined, locale: string) =>
  stage ? (locale.startsWith('zh') ? stage.nameZh : stage.nameEn) : '—';

/** Funnel stages are configured data with a name per language: pick the UI's. */
export function useStageName() {
  const [locale] = useLocaleState();
  return (stage: NamedStage | null | undefined) => stageName(stage, locale);
}

import type { ResourceData } from '../../providers/adapter';
import { TARGET_ADJUSTMENT_FIELDS } from '../sales-targets/sales-targets.graphql';

/** Read only, the rows of the targets page's history panel: targets are adjusted there. */
export const targetAdjustmentsData: ResourceData = { fragment: TARGET_ADJUSTMENT_FIELDS };

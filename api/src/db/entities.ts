import { MODULES } from '../modules';

/** Every entity, from the modules' manifests, so ts-jest and the build load the same set. */
export const ENTITIES = MODULES.flatMap((module) => module.entities);

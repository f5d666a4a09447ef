export * from './enums';
export * from './quadrant';
export * from './access-matrix';

export * from './enums';
export * from './quadrant';
export * from './access-matrix';
export * from './period';
export * from './funnel';
export * from './execution';
export * from './collections';
export * from './delivery';

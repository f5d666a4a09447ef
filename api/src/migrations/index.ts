import { Foundation1795590955531 } from './1795590955531-Foundation';

/** Every migration in order. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [Foundation1795590955531];

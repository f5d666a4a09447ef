// SQL fragments shared by the generator's statements. Everything is computed inside
// Postgres from generate_series numbers, so the data set costs a few statements and no
// rows travel through Node.

/** A text literal, quoted for SQL. */
export const lit = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** A text[] constructor, parenthesised so it can be subscripted. */
export const textArray = (values: readonly string[]): string =>
  `(ARRAY[${values.map(lit).join(', ')}]::text[])`;

/**
 * A uuid derived from a text key: rows can point at rows written by the same statement
 * (parents, managers) or by a later one without looking their ids up, and two runs give
 * the same ids. The version and variant nibbles are set so the API's uuid validation
 * (class-validator's @IsUUID) accepts them like any random v4 id.
 */
export const uuidOf = (key: string): string =>
  `overlay(overlay(md5(${key}) placing '4' from 13) placing ` +
  `translate(substr(md5(${key}), 17, 1), '0123456789abcdef', '89ab89ab89ab89ab') from 17)::uuid`;

/**
 * Uniform in [0, 1), a pure function of (value, salt): the same on every run and every
 * Postgres version, because hash partitioning keeps these hash functions stable.
 */
export const rnd = (value: string, salt: number): string =>
  `((hashint8extended((${value})::bigint, ${salt}) & 2147483647)::float8 / 2147483648.0)`;

/** An integer in [0, n). */
export const rndInt = (value: string, salt: number, n: string | number): string =>
  `((hashint8extended((${value})::bigint, ${salt}) & 2147483647) % (${n}))`;

/** One of the values, picked by the hash of (value, salt). */
export const pick = (values: readonly string[], value: string, salt: number): string =>
  `${textArray(values)}[1 + ${rndInt(value, salt, values.length)}]`;

/**
 * One of the values with the given weights (they need not sum to 1): a CASE over the
 * cumulative weights of one uniform draw.
 */
export function pickWeighted(
  choices: readonly (readonly [string, number])[],
  value: string,
  salt: number,
): string {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const draw = rnd(value, salt);
  const arms = choices.slice(0, -1).map(([choice, weight]) => {
    cumulative += weight;
    return `WHEN ${draw} < ${cumulative / total} THEN ${lit(choice)}`;
  });
  const last = choices[choices.length - 1];
  if (!last) throw new Error('pickWeighted needs at least one choice');
  return `(CASE ${arms.join(' ')} ELSE ${lit(last[0])} END)`;
}

/** Today at midnight: every date is relative to it, so dashboards always look current. */
export const ANCHOR = `date_trunc('day', now())`;

/** Chinese names for people: a surname and a given name, picked independently. */
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
] as const;
export const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '军',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '婷',
  '斌',
  '鹏',
  '晨',
  '宇',
  '佳',
  '欣',
  '浩',
  '雪',
  '凯',
  '琳',
  '博',
  '悦',
] as const;

/** A person's name picked from the two lists by the hash of value. */
export const personName = (value: string, salt: number): string =>
  `(${pick(SURNAMES, value, salt)} || ${pick(GIVEN_NAMES, value, salt + 1)})`;

import fs from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { getMetadataArgsStorage, type DataSource } from 'typeorm';
import { ENTITIES } from '../src/db/entities';
import { RESOLVERS } from '../src/graphql/schema';
import { MIGRATIONS } from '../src/migrations';
import { MODULES } from '../src/modules';
import type { ModuleDeps } from '../src/modules/trident-module';

/**
 * A module registers itself (STYLE.md): its manifest lists its entities, resolvers,
 * services, loaders and migrations, and the app's registries loop over the list of modules.
 * This proves every piece of every module folder is in a manifest, and every manifest in
 * the list — a module forgotten anywhere fails here, not in production.
 */
const SRC = path.join(__dirname, '..', 'src');
const files = (dir: string, suffix: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? files(path.join(dir, entry.name), suffix)
        : entry.name.endsWith(suffix)
          ? [path.join(dir, entry.name)]
          : [],
    );

// Load every source file that can declare an entity or a resolver, so their decorators run.
beforeAll(async () => {
  for (const file of [
    ...files(path.join(SRC, 'modules'), '.entity.ts'),
    ...files(path.join(SRC, 'modules'), '.resolver.ts'),
  ])
    await import(file);
});

const names = (list: readonly { name: string }[]) => list.map((item) => item.name).sort();

describe('modules register themselves', () => {
  it('has a manifest in the list for every module folder', () => {
    const folders = fs
      .readdirSync(path.join(SRC, 'modules'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders)
      expect([
        folder,
        fs.existsSync(path.join(SRC, 'modules', folder, `${folder}.module.ts`)),
      ]).toEqual([folder, true]);
    expect(
      MODULES.map((module) => module.name)
        .filter((name) => name !== 'platform')
        .sort(),
    ).toEqual(folders);
  });

  it('lists every entity of every module in a manifest', () => {
    const declared = getMetadataArgsStorage()
      .tables.map((table) => table.target)
      .filter(
        (target): target is { name: string } & (new () => unknown) => typeof target === 'function',
      );
    expect(names(ENTITIES)).toEqual(names([...new Set(declared)]));
  });

  it('lists every resolver of every module in a manifest', () => {
    const declared = getMetadataStorage().resolverClasses.map((r) => r.target as { name: string });
    expect(names(RESOLVERS)).toEqual(names([...new Set(declared)]));
  });

  it('lists every migration file in the manifest of the module that owns it, once', async () => {
    const dir = path.join(SRC, 'migrations');
    const exported = await Promise.all(
      fs
        .readdirSync(dir)
        .filter((file) => /^\d+-\w+\.ts$/.test(file))
        .map(async (file) => Object.values((await import(path.join(dir, file))) as object)),
    );
    const classes = exported
      .flat()
      .filter(
        (value): value is { name: string } =>
          typeof value === 'function' && /\d+$/.test((value as { name: string }).name),
      );
    expect(names(MIGRATIONS)).toEqual(names(classes));
    expect(new Set(MIGRATIONS).size).toBe(MIGRATIONS.length);
  });

  it('never lets two modules claim the same service or loader name', () => {
    const db = { options: {} } as DataSource;
    const deps: ModuleDeps = {
      db,
      analyticsDb: db,
      config: { JWT_SECRET: 'x'.repeat(32), JWT_TTL_SECONDS: 60 },
      log: { warn: () => undefined },
    };
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const module of MODULES) {
      const keys = [
        ...Object.keys(module.services?.(deps) ?? {}).map((key) => `service ${key}`),
        ...Object.keys(module.loaders ?? {}).map((key) => `loader ${key}`),
      ];
      for (const key of keys) {
        if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${module.name}`);
        seen.set(key, module.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

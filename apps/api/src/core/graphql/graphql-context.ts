import type { OrganisationEntity } from '@stardesk/database';
import type { Locale } from '@stardesk/domain';
import type DataLoader from 'dataloader';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';

export interface GraphqlContext {
  /** `principal` and `organisation` are pinned by AccessGuard (core/auth) for signed-in calls. */
  req: Request & { organisation?: OrganisationEntity; principal?: Principal };
  /** From Accept-Language: the language of labels and error messages in this response. */
  locale: Locale;
  /** Per-request batch loaders (one query per field per request, never one per row). */
  loaders: Map<string, DataLoader<string, unknown>>;
}

/** The loader named `name` for this request, created on first use. */
export function loaderFor<V>(context: GraphqlContext, name: string, create: () => DataLoader<string, V>): DataLoader<string, V> {
  let loader = context.loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

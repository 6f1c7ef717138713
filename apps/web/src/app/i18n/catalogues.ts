import type { Locale } from '@stardesk/domain';
import { useTranslation } from 'react-i18next';
import type { adminZhCN } from './admin.zh-CN';
import type { portalZhCN } from './portal.zh-CN';
import type { Widen } from './messages';

/** Shapes of the lazily loaded namespaces: each English file must provide every zh-CN key. */
export type PortalMessages = Widen<typeof portalZhCN>;
export type AdminMessages = Widen<typeof adminZhCN>;

export type LazyNamespace = 'portal' | 'admin';

/**
 * Adds the messages of a namespace that ships with a lazily loaded part of the app (the customer
 * portal, the admin screens) the first time that part renders, so the shell's download stays small.
 * Synchronous: the components below can translate in the same render.
 */
export function useCatalogue(namespace: LazyNamespace, bundles: Record<Locale, object>): void {
  const { i18n } = useTranslation();
  for (const [language, messages] of Object.entries(bundles)) {
    if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, messages, true, false);
  }
}

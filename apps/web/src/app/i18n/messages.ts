import type { zhCN } from './zh-CN';

/** A catalogue's shape with its literal strings widened: what the other language's catalogue must match. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must provide: the keys of the default (zh-CN) catalogue. */
export type Messages = Widen<typeof zhCN>;

import { AccountTypeId, isAccountTypeId } from '../account-types';
import { Answers, isCompleteExcept } from '../quiz/questionnaire';
import { readLinkBase, readScannedLink } from './qr-link';
import { decodeAnswers, decodeScene, encodeAnswers } from './share-codec';

/**
 * What a page was opened with, for every way in: a scanned ordinary QR code (`q`, CONTENT.md mp.qrlink), a
 * mini program code (`scene`, mp.code), a share card or Moments post (`a=<code>`), a plain link (`type=<id>`).
 * Pages say which of their own keys they read; `q` and `scene` are read on every page.
 *
 * Anything unreadable, and answers that do not make a complete quiz, is "damaged" (with where it came from,
 * so a page can word its notice): the page says so and stays usable. Reading never touches saved progress.
 */
export type LaunchEntry =
  | ({ kind: 'result' } & Opened)
  | ({ kind: 'plan' } & Opened)
  | { kind: 'type'; type: AccountTypeId }
  | { kind: 'damaged'; source: EntrySource }
  | { kind: 'none' };

/**
 * Answers a link opened: `code` is the share code as read (links are forwarded with it, so a code of an earlier
 * quiz keeps meaning what it meant), `legacy` says an earlier quiz wrote it (the page says the result may lack
 * what that quiz did not ask).
 */
export interface Opened {
  answers: Answers;
  shared: boolean;
  code: string;
  legacy: boolean;
}

export type EntrySource = 'q' | 'answers' | 'scene' | 'type';

/** The page's own query keys: a share code (`a`), "this is my own result" (`own=1`), a type id (`type`). */
export interface PageKeys {
  answers?: string;
  own?: string;
  type?: string;
}

type Query = Record<string, unknown> | undefined | null;

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
const damaged = (source: EntrySource): LaunchEntry => ({ kind: 'damaged', source });

/**
 * Reads the launch query. Order: `q`, the page's share code, `scene`, the page's type key; the first one
 * present decides. `linkBase` is config's QR_LINK_BASE (validated here; a `q` without a usable base is damaged).
 */
export function readLaunchEntry(query: Query, linkBase: unknown, keys: PageKeys = {}): LaunchEntry {
  const q: Record<string, unknown> = query && typeof query === 'object' ? query : {};
  const own = (key: string | undefined): unknown =>
    key !== undefined && Object.prototype.hasOwnProperty.call(q, key) ? q[key] : undefined;

  if (present(q.q)) {
    const target = readScannedLink(readLinkBase(linkBase), q.q);
    if (!target) return damaged('q');
    if (target.kind === 'type') return target;
    const code = target.code ?? encodeAnswers(target.answers);
    return { kind: target.kind, answers: target.answers, shared: true, code, legacy: !!target.legacy };
  }

  const code = own(keys.answers);
  if (code !== undefined) {
    const decoded = decodeAnswers(code);
    if (!decoded.ok || !isCompleteExcept(decoded.answers, decoded.lost) || typeof code !== 'string')
      return damaged('answers');
    return { kind: 'result', answers: decoded.answers, shared: own(keys.own) !== '1', code, legacy: decoded.legacy };
  }

  const scene = decodeScene(q.scene);
  switch (scene.kind) {
    case 'result':
      return isCompleteExcept(scene.answers, scene.lost)
        ? { kind: 'result', answers: scene.answers, shared: true, code: scene.code, legacy: scene.legacy }
        : damaged('scene');
    case 'type':
      return scene;
    case 'error':
      return damaged('scene');
    default:
      break;
  }

  const type = own(keys.type);
  if (type === undefined) return { kind: 'none' };
  return isAccountTypeId(type) ? { kind: 'type', type } : damaged('type');
}

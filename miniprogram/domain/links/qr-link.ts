import { AccountTypeId, isAccountTypeId } from '../account-types';
import { Answers, isCompleteExcept } from '../quiz/questionnaire';
import { decodeAnswers, encodeAnswers } from './share-codec';

/**
 * Links printed as ordinary QR codes (CONTENT.md mp.qrlink, 扫普通链接二维码打开小程序). The owner adds a
 * link-prefix rule ending in '/' in the admin console; WeChat then opens the rule's page for any link below
 * it and hands the page the scanned link URL-encoded in `q`. Our links are `<base><kind>/<value>`:
 *
 *   <base>r/<share code>   a result (the answers, as in a share card)
 *   <base>t/<type id>      one account type's page
 *   <base>p/<share code>   the launch plan of those answers
 *
 * Adding a link kind is one entry in LINK_KINDS plus its LinkTarget member.
 */
/** A result or plan read from a link also says the code it read and whether an earlier quiz wrote it. */
interface Read {
  code?: string;
  legacy?: boolean;
}

export type LinkTarget =
  | ({ kind: 'result'; answers: Answers } & Read)
  | { kind: 'type'; type: AccountTypeId }
  | ({ kind: 'plan'; answers: Answers } & Read);

/** The answers of a share code, complete but for what an earlier quiz could not carry; null otherwise. */
function completeAnswers(value: string): ({ answers: Answers } & Required<Read>) | null {
  const decoded = decodeAnswers(value);
  return decoded.ok && isCompleteExcept(decoded.answers, decoded.lost)
    ? { answers: decoded.answers, code: value, legacy: decoded.legacy }
    : null;
}

interface LinkKind<T extends LinkTarget> {
  /** The path segment after the base: one lower-case letter. */
  prefix: string;
  write(target: T): string;
  /** The target of a value, or null when the value is damaged. Never throws. */
  read(value: string): T | null;
}

const LINK_KINDS: { [K in LinkTarget['kind']]: LinkKind<Extract<LinkTarget, { kind: K }>> } = {
  result: {
    prefix: 'r',
    write: (t) => encodeAnswers(t.answers),
    read: (value) => {
      const read = completeAnswers(value);
      return read ? { kind: 'result', ...read } : null;
    },
  },
  type: {
    prefix: 't',
    write: (t) => t.type,
    read: (value) => (isAccountTypeId(value) ? { kind: 'type', type: value } : null),
  },
  plan: {
    prefix: 'p',
    write: (t) => encodeAnswers(t.answers),
    read: (value) => {
      const read = completeAnswers(value);
      return read ? { kind: 'plan', ...read } : null;
    },
  },
};

/**
 * Longest base accepted. A longer link needs a denser code; with this cap every link fits a QR code of at
 * most version 7 (45 modules), which the poster draws at 4 px or more per module.
 */
export const LINK_BASE_MAX_LENGTH = 100;

/** https, a host name with a dot, an optional port, a path ending in '/'; no query, fragment or spaces. */
const HTTPS_BASE =
  /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]+\/)*$/;
/**
 * Plain http on this machine only: the browser preview serves its own /qr/ links (preview/README in the
 * project README). WeChat can never open such a link; the shipped config is checked to hold none.
 */
const LOOPBACK_BASE = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]+\/)*$/;

/** The QR link base if `raw` is usable (see above), else null: then the poster draws no QR code. */
export function readLinkBase(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > LINK_BASE_MAX_LENGTH) return null;
  return HTTPS_BASE.test(raw) || LOOPBACK_BASE.test(raw) ? raw : null;
}

/** True for a base a phone can reach (https); false for null, invalid or loopback bases. */
export function isPublicLinkBase(raw: unknown): boolean {
  return readLinkBase(raw) !== null && HTTPS_BASE.test(raw as string);
}

/** The link a QR code carries for a target; `base` must come from readLinkBase. */
export function qrLink(base: string, target: LinkTarget): string {
  const kind = LINK_KINDS[target.kind] as LinkKind<LinkTarget>;
  return `${base}${kind.prefix}/${kind.write(target)}`;
}

/** The link of a result or plan by its share code as read, so a code of an earlier quiz is printed as it is. */
export function qrLinkOfCode(base: string, kind: 'result' | 'plan', code: string): string {
  return `${base}${LINK_KINDS[kind].prefix}/${code}`;
}

/** At most this many characters of `q` are looked at; anything longer is damaged (a link is ~110 at most). */
export const Q_MAX_LENGTH = 512;

/** The target of a scanned link (already decoded), or null when it is not one of ours or is damaged. */
export function readQrLink(base: string, link: string): LinkTarget | null {
  if (!link.startsWith(base)) return null;
  const rest = link.slice(base.length);
  const slash = rest.indexOf('/');
  if (slash < 0) return null;
  const prefix = rest.slice(0, slash);
  const value = rest.slice(slash + 1);
  for (const name in LINK_KINDS) {
    const kind = LINK_KINDS[name as LinkTarget['kind']] as LinkKind<LinkTarget>;
    if (kind.prefix === prefix) return kind.read(value);
  }
  return null;
}

/**
 * Reads the `q` launch parameter: the scanned link, URL-encoded once by WeChat. Decodes exactly once, then
 * requires our base. Returns the target, or null for anything else (another site, a link encoded twice, a
 * truncated or tampered code, a malformed % sequence, an oversized value). Never throws.
 */
export function readScannedLink(base: string | null, q: unknown): LinkTarget | null {
  if (base === null || typeof q !== 'string' || q.length === 0 || q.length > Q_MAX_LENGTH) return null;
  let link: string;
  try {
    link = decodeURIComponent(q);
  } catch {
    return null;
  }
  return readQrLink(base, link);
}

/** The first page's list request as the early script sent it, handed to the app once. */
export interface EarlyList {
  /** Path and query, as sent (`/api/v1/volumes?…`). */
  url: string;
  /** The Accept-Language it was sent with. */
  lang: string;
  /** The JSON body of a 2xx answer; rejects on anything else. */
  answer: Promise<unknown>;
  /** Set (with body) once a 2xx body has been read. */
  done: boolean;
  body: unknown;
}

/*
 * The script and the app are two separate programs on one page. They meet through one event
 * on the document rather than a global on window: the script answers the first claim only, so
 * the request has one owner and nothing else on the page can read it afterwards.
 */
const CLAIM = 'scp-early-list';

/** The early script's side: hands `early` to the first claim. */
export function offerEarlyList(early: EarlyList): void {
  const answer = (event: Event) =>
    Object.assign((event as CustomEvent<{ early?: EarlyList }>).detail, { early });
  document.addEventListener(CLAIM, answer, { once: true });
}

/** The app's side: the early request, or undefined when none was sent (or it was claimed). */
export function claimEarlyList(): EarlyList | undefined {
  const claim: { early?: EarlyList } = {};
  document.dispatchEvent(new CustomEvent(CLAIM, { detail: claim }));
  return claim.early;
}

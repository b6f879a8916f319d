/**
 * For work that answers later than it was asked (a listing, a language's texts): each request takes a ticket,
 * and only the newest ticket's answer may be applied. An older answer arriving last would undo a newer choice.
 */
export function latestRequest(): () => () => boolean {
  let newest = 0;
  return () => {
    const ticket = ++newest;
    return () => ticket === newest;
  };
}

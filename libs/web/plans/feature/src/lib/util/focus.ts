/** Scrolls to the element with this id and gives it focus (it needs tabindex="-1" if it is not a control). */
export function focusById(document: Document, id: string): boolean {
  const target = document.getElementById(id);
  if (!target) {
    return false;
  }
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

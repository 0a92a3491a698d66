/** Open the side panel in a window (must run in a user gesture: a command or a click). */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  if (windowId === undefined || !chrome.sidePanel?.open) return;
  try {
    await chrome.sidePanel.open({ windowId });
  } catch {
    // no user gesture (e.g. a synthetic call): the popup's button remains the way in
  }
}

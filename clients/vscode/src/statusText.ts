// What the status bar item says for a number of findings. Pure, so it is tested without VS Code.
/** The item's text and tooltip for a count of findings. */
export function statusText(count: number): { text: string; tooltip: string } {
  if (count === 0) return { text: '$(check) Probity', tooltip: 'Probity: no findings in this draft' };
  const noun = count === 1 ? 'finding' : 'findings';
  return { text: `$(warning) Probity: ${count}`, tooltip: `Probity: ${count} ${noun} in this draft. Click to open the Problems panel.` };
}


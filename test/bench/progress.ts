/** A stderr line every tenth of the way, for the sizes that take a while (100k and up). */
export function progressLine(bench: string, label: string, total: number): (done: number) => void {
  let next = total / 10;
  return (done) => {
    if (total < 100_000 || done < next) return;
    next = done + total / 10;
    process.stderr.write(`  ${bench} ${total.toLocaleString('en-US')}: ${label} ${done.toLocaleString('en-US')}\n`);
  };
}

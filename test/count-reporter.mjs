// Prints the closing line CI reads: "N passed, N failed" (STACK.md §5).
export default class CountReporter {
  onTestRunEnd(modules, errors) {
    let passed = 0;
    let failed = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') failed++;
      }
      if (m.state() === 'failed' && m.children.size === 0) failed++;
    }
    failed += errors?.length ?? 0;
    console.log(`${passed} passed, ${failed} failed`);
  }
}

// A node:test reporter that writes { "passed": N, "failed": N } for the orchestrator.
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Count tests, not the suites (describe) around them.
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') passed += 1;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') failed += 1;
    // A failing before() hook fails its suite without running its tests: count the suite.
    if (event.type === 'test:fail' && event.data.details?.type === 'suite' && event.data.details?.error?.failureType === 'hookFailed') failed += 1;
  }
  yield `${JSON.stringify({ passed, failed })}\n`;
}

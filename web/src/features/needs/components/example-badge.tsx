/** Marks the seeded example cycle: its answers are made up, for trying the pages out. */
export function ExampleBadge() {
  return (
    <span className="badge needs-example-badge" title="A made-up cycle seeded to try the pages; not real survey answers">
      Example data
    </span>
  );
}

/** Evidence of a milestone status: its text and a link to more (opened in a new tab). */
export function Evidence({ text, link }: { text: string | null | undefined; link: string | null | undefined }) {
  if (!text && !link) return <span className="muted">—</span>;
  return (
    <>
      {text ? <span className="evidence-text">{text}</span> : null}
      {link ? (
        <>
          {text ? ' ' : null}
          <a href={link} target="_blank" rel="noopener noreferrer">
            Evidence link<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </>
      ) : null}
    </>
  );
}

interface PagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  /** What is being paged, plural: "Members". */
  itemsLabel: string;
  onPageChange: (page: number) => void;
}

export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}

export function Pager({ page, pageSize, totalCount, itemsLabel, onPageChange }: PagerProps) {
  const pages = pageCount(totalCount, pageSize);
  return (
    <nav className="pager" aria-label={`${itemsLabel} pages`}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        Previous page
      </button>
      <span className="pager-position">
        Page {page} of {pages}
      </span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        Next page
      </button>
    </nav>
  );
}

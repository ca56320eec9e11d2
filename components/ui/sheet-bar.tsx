/**
 * The bar atop a side panel shown as a sheet on a narrower screen: a large, always-visible Close.
 * Wide screens hide it (the panel's own ✕ is there instead), see `.sheet-bar` in responsive.css.
 */
export function SheetBar({ onClose, onShowList }: { onClose: () => void; onShowList?: () => void }) {
  return (
    <div className="sheet-bar">
      <button type="button" className="button" onClick={onClose}>
        <span aria-hidden="true">✕</span> Close
      </button>
      {onShowList ? (
        // The list a sheet covers, and its search, one press away.
        <button type="button" className="button" onClick={onShowList} data-testid="sheet-show-list">
          <span aria-hidden="true">☰</span> Claims list
        </button>
      ) : null}
    </div>
  );
}

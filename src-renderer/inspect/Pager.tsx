import { useTranslation } from 'react-i18next';
import { useFormat } from './useFormat';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
  /** i18n keys: `<prefix>.shown`, `<prefix>.previous`, `<prefix>.next`. */
  prefix: string;
  testId: string;
}

/** "Images 25–48 of 143" with previous/next buttons. */
export function Pager({ page, pageSize, total, onPage, prefix, testId }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const last = Math.max(0, Math.ceil(total / pageSize) - 1);
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <div className="pager" data-testid={testId} data-page={page}>
      <button
        type="button"
        disabled={page <= 0}
        onClick={() => onPage(page - 1)}
        data-testid={`${testId}-previous`}
      >
        ← {t(`${prefix}.previous`)}
      </button>
      <span aria-live="polite">
        {t(`${prefix}.shown`, {
          from: format.count(from),
          to: format.count(to),
          total: format.count(total),
        })}
      </span>
      <button
        type="button"
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
        data-testid={`${testId}-next`}
      >
        {t(`${prefix}.next`)} →
      </button>
    </div>
  );
}

// The form's texts, localized by the extension and carried in the `data-labels` attribute of #app.
import { FORM_LABEL_KEYS, formatLabel, pageLabels, type FormLabels } from '../../src/protocol/webview-labels';

export const labels: FormLabels = pageLabels(FORM_LABEL_KEYS, document.getElementById('app')?.dataset.labels, (reason) =>
  console.warn(`step form: malformed labels (${reason})`),
);

export { formatLabel };

export function severityLabel(severity: 'error' | 'warning' | 'info'): string {
  return severity === 'error' ? labels.severityError : severity === 'warning' ? labels.severityWarning : labels.severityInfo;
}
